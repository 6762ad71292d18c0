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
        "Add `specialCategoryConditions` to the activity with the Art. 9(2) condition relied on (such as `explicitConsent` or `employmentAndSocialSecurity`) and, where the condition needs it, the `law`; where the activity's conditions name their `dataCategories`, add the category to the condition that covers it, or add a condition for it. If no condition applies, stop processing the data.")
    {
        Dutch = new(
            "Bijzondere persoonsgegevens zonder voorwaarde van art. 9 lid 2 AVG",
            "art. 9 lid 1 en 2 AVG",
            "Een verwerking verwijst naar een categorie persoonsgegevens met een `specialCategory` (art. 9 lid 1 AVG) die door geen van haar `specialCategoryConditions` wordt gedekt: zij noemt geen voorwaarde, of elke voorwaarde noemt onder haar `dataCategories` andere categorieën. Een voorwaarde zonder `dataCategories` dekt alle bijzondere categorieën van persoonsgegevens van de verwerking.",
            "Art. 9 lid 1 AVG verbiedt de verwerking van persoonsgegevens waaruit ras of etnische afkomst, politieke opvattingen, religieuze of levensbeschouwelijke overtuigingen of het lidmaatschap van een vakbond blijken, van genetische gegevens, biometrische gegevens met het oog op de unieke identificatie van een persoon, gegevens over gezondheid en gegevens met betrekking tot iemands seksueel gedrag of seksuele gerichtheid. Een rechtsgrond uit art. 6 lid 1 AVG is niet genoeg: het verbod vervalt alleen als een van de voorwaarden van art. 9 lid 2 onder a tot en met j AVG van toepassing is, en het register hoort te laten zien welke. Het verbod geldt voor elke categorie afzonderlijk: een voorwaarde die het opheft voor ziekmeldingen, heft het niet op voor het vakbondslidmaatschap dat later aan dezelfde verwerking is toegevoegd.",
            "Voeg `specialCategoryConditions` toe aan de verwerking met de voorwaarde van art. 9 lid 2 AVG waarop zij berust (zoals `explicitConsent` of `employmentAndSocialSecurity`) en, waar de voorwaarde dat vraagt, de `law`; noemen de voorwaarden van de verwerking hun `dataCategories`, voeg de categorie dan toe aan de voorwaarde die haar dekt, of voeg er een voorwaarde voor toe. Is geen voorwaarde van toepassing, stop dan met het verwerken van de gegevens."),
    };

    private static readonly MessageTemplate NoCondition = new(
        "'{activity}' processes '{category}', {kind}, without an Art. 9(2) condition; add 'specialCategoryConditions' (Art. 9(1)-(2)).",
        "'{activity}' verwerkt '{category}', {kind}, zonder voorwaarde van art. 9 lid 2 AVG; voeg 'specialCategoryConditions' toe (art. 9 lid 1 en 2 AVG).");

    private static readonly MessageTemplate NotCovered = new(
        "'{activity}' processes '{category}', {kind}, but none of its Art. 9(2) conditions covers it; add '{category}' to the 'dataCategories' of the condition that applies, or add a condition for it (Art. 9(1)-(2)).",
        "'{activity}' verwerkt '{category}', {kind}, maar geen van haar voorwaarden van art. 9 lid 2 AVG dekt die categorie; voeg '{category}' toe aan de 'dataCategories' van de voorwaarde die van toepassing is, of voeg er een voorwaarde voor toe (art. 9 lid 1 en 2 AVG).");

    private static readonly MessageTemplate RacialOrEthnicOrigin = new("data revealing racial or ethnic origin", "gegevens waaruit ras of etnische afkomst blijkt");
    private static readonly MessageTemplate PoliticalOpinions = new("data revealing political opinions", "gegevens waaruit politieke opvattingen blijken");
    private static readonly MessageTemplate ReligiousOrPhilosophicalBeliefs = new("data revealing religious or philosophical beliefs", "gegevens waaruit religieuze of levensbeschouwelijke overtuigingen blijken");
    private static readonly MessageTemplate TradeUnionMembership = new("data revealing trade-union membership", "gegevens waaruit het lidmaatschap van een vakbond blijkt");
    private static readonly MessageTemplate GeneticData = new("genetic data", "genetische gegevens");
    private static readonly MessageTemplate BiometricData = new("biometric data", "biometrische gegevens");
    private static readonly MessageTemplate Health = new("health data", "gegevens over gezondheid");
    private static readonly MessageTemplate SexLifeOrSexualOrientation = new("data on sex life or sexual orientation", "gegevens over iemands seksueel gedrag of seksuele gerichtheid");
    private static readonly MessageTemplate SpecialCategoryData = new("special-category data", "bijzondere persoonsgegevens");

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
                        NoCondition.With(("activity", activities[i].Name), ("category", category.Id), ("kind", Describe(special))));
                }
                else if (!Covers(conditions, category.Id))
                {
                    yield return new Finding(
                        $"/activities/{i}/dataCategories/{k}",
                        NotCovered.With(("activity", activities[i].Name), ("category", category.Id), ("kind", Describe(special))));
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

    private static MessageText Describe(SpecialCategory category) => (category switch
    {
        SpecialCategory.RacialOrEthnicOrigin => RacialOrEthnicOrigin,
        SpecialCategory.PoliticalOpinions => PoliticalOpinions,
        SpecialCategory.ReligiousOrPhilosophicalBeliefs => ReligiousOrPhilosophicalBeliefs,
        SpecialCategory.TradeUnionMembership => TradeUnionMembership,
        SpecialCategory.GeneticData => GeneticData,
        SpecialCategory.BiometricData => BiometricData,
        SpecialCategory.Health => Health,
        SpecialCategory.SexLifeOrSexualOrientation => SexLifeOrSexualOrientation,
        _ => SpecialCategoryData,
    }).Text();
}
