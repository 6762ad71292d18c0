using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR018: an activity processes special categories of data (Art. 9(1)) without an Art. 9(2) condition.</summary>
internal sealed class SpecialCategoryConditionRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR018",
        "Special-category data without an Art. 9(2) condition",
        DiagnosticSeverity.Error,
        "Art. 9(1)-(2)",
        "An activity refers to a data category marked with a `specialCategory` (Art. 9(1)) that none of its `specialCategoryConditions` covers: it names no condition, or every condition lists other categories under its `dataCategories`. A condition without `dataCategories` covers all of the activity's special categories.",
        "Art. 9(1) prohibits processing data revealing racial or ethnic origin, political opinions, religious or philosophical beliefs, trade-union membership, genetic or biometric data for identification, health data and data on sex life or sexual orientation. An Art. 6(1) basis is not enough: the ban is lifted only if one of the conditions of Art. 9(2)(a)-(j) applies, and the record should show which. The ban applies to each category on its own: a condition that lifts it for sick-leave notes does not lift it for the trade-union membership added to the same activity later.",
        "Add `specialCategoryConditions` to the activity with the Art. 9(2) condition relied on (such as `explicitConsent` or `employmentAndSocialSecurity`) and, where the condition needs it, the `law`; where the activity's conditions name their `dataCategories`, add the category to the condition that covers it, or add a condition for it. If no condition applies, stop processing the data.");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            var conditions = activities[i].SpecialCategoryConditions;
            if (CoversAll(conditions))
            {
                continue;
            }

            foreach (var (category, k) in context.DataCategoriesOf(i))
            {
                if (category.SpecialCategory is not { } special)
                {
                    continue;
                }

                if (conditions.Count == 0)
                {
                    yield return new Finding(
                        $"/activities/{i}/dataCategories/{k}",
                        $"'{activities[i].Name}' processes '{category.Id}', {Describe(special)}, without an Art. 9(2) condition; add 'specialCategoryConditions' (Art. 9(1)-(2)).");
                }
                else if (!Covers(conditions, category.Id))
                {
                    yield return new Finding(
                        $"/activities/{i}/dataCategories/{k}",
                        $"'{activities[i].Name}' processes '{category.Id}', {Describe(special)}, but none of its Art. 9(2) conditions covers it; add '{category.Id}' to the 'dataCategories' of the condition that applies, or add a condition for it (Art. 9(1)-(2)).");
                }
            }
        }
    }

    // A condition that names no data categories covers every special category of its activity, as every condition
    // did before conditions could name them.
    private static bool CoversAll(ValueArray<SpecialCategoryCondition> conditions)
    {
        foreach (var condition in conditions)
        {
            if (condition.DataCategories.Count == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Covers(ValueArray<SpecialCategoryCondition> conditions, string category)
    {
        foreach (var condition in conditions)
        {
            foreach (var named in condition.DataCategories)
            {
                if (string.Equals(named, category, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Describe(SpecialCategory category) => category switch
    {
        SpecialCategory.RacialOrEthnicOrigin => "data revealing racial or ethnic origin",
        SpecialCategory.PoliticalOpinions => "data revealing political opinions",
        SpecialCategory.ReligiousOrPhilosophicalBeliefs => "data revealing religious or philosophical beliefs",
        SpecialCategory.TradeUnionMembership => "data revealing trade-union membership",
        SpecialCategory.GeneticData => "genetic data",
        SpecialCategory.BiometricData => "biometric data",
        SpecialCategory.Health => "health data",
        SpecialCategory.SexLifeOrSexualOrientation => "data on sex life or sexual orientation",
        _ => "special-category data",
    };
}
