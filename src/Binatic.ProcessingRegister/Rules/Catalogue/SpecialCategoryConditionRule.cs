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
        "An activity refers to a data category marked with a `specialCategory` (Art. 9(1)) but names no `specialCategoryConditions`.",
        "Art. 9(1) prohibits processing data revealing racial or ethnic origin, political opinions, religious or philosophical beliefs, trade-union membership, genetic or biometric data for identification, health data and data on sex life or sexual orientation. An Art. 6(1) basis is not enough: the ban is lifted only if one of the conditions of Art. 9(2)(a)-(j) applies, and the record should show which.",
        "Add `specialCategoryConditions` to the activity with the Art. 9(2) condition relied on (such as `explicitConsent` or `employmentAndSocialSecurity`) and, where the condition needs it, the `law`; or stop processing the data if no condition applies.");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            if (activities[i].SpecialCategoryConditions.Count > 0)
            {
                continue;
            }

            foreach (var (category, k) in context.DataCategoriesOf(i))
            {
                if (category.SpecialCategory is { } special)
                {
                    yield return new Finding(
                        $"/activities/{i}/dataCategories/{k}",
                        $"'{activities[i].Name}' processes '{category.Id}', {Describe(special)}, without an Art. 9(2) condition; add 'specialCategoryConditions' (Art. 9(1)-(2)).");
                }
            }
        }
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
