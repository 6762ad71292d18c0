using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR038: the register claims the Art. 30(5) exemption for organisations under 250 employees, though the exemption
/// does not apply to processing that is not occasional or that includes Art. 9 or Art. 10 data.
/// </summary>
internal sealed class SmallOrganisationExemptionRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR038",
        "Small-organisation exemption claimed although not available",
        DiagnosticSeverity.Error,
        "Art. 30(5); WP29 position paper of 19 April 2018",
        "`register.smallOrganisationExemption` is `true` while the register records processing activities. The model has no way to mark an activity occasional, so every recorded activity counts as not occasional; activities with Art. 9 or Art. 10 data are named as well.",
        "Art. 30(5) exempts organisations with fewer than 250 employees only for processing that is occasional, unlikely to result in a risk, and free of special categories (Art. 9(1)) and criminal-offence data (Art. 10). The WP29 position paper of 19 April 2018, endorsed by the EDPB, reads the conditions as alternatives: any one of them brings the activity back under Art. 30; \"occasional\" means outside the regular course of business, and HR processing is never occasional. An activity worth recording is, in practice, regular.",
        "Remove `smallOrganisationExemption` and keep the record for the activities it lists; an SME needs to record only the activities that trigger the duty.")
    {
        Dutch = new(
            "Vrijstelling voor kleine organisaties ingeroepen hoewel die niet geldt",
            "art. 30 lid 5 AVG; standpunt van de WP29 van 19 april 2018",
            "`register.smallOrganisationExemption` is `true` terwijl het register verwerkingen vastlegt. Het model kent geen manier om een verwerking als incidenteel te markeren, dus elke vastgelegde verwerking telt als niet incidenteel; verwerkingen met gegevens uit art. 9 of art. 10 AVG worden ook genoemd.",
            "Art. 30 lid 5 AVG stelt organisaties met minder dan 250 werknemers alleen vrij voor verwerkingen die incidenteel zijn, waarschijnlijk geen risico inhouden en geen bijzondere categorieën van persoonsgegevens (art. 9 lid 1 AVG) of strafrechtelijke gegevens (art. 10 AVG) betreffen. Het standpunt van de WP29 van 19 april 2018, door het EDPB onderschreven, leest de voorwaarden als alternatieven: elk ervan brengt de verwerking terug onder art. 30 AVG; \"incidenteel\" betekent buiten de gewone bedrijfsvoering, en verwerkingen voor personeelszaken zijn nooit incidenteel. Een verwerking die het vastleggen waard is, is in de praktijk regelmatig.",
            "Verwijder `smallOrganisationExemption` en houd het register bij voor de verwerkingen die het noemt; een kleine organisatie hoeft alleen de verwerkingen vast te leggen die de plicht doen ontstaan."),
    };

    private static readonly MessageTemplate Claimed = new(
        "The register claims the Art. 30(5) exemption, but {because}; the exemption does not cover them (Art. 30(5); WP29 position paper 19 April 2018).",
        "Het register roept de vrijstelling van art. 30 lid 5 AVG in, maar {because}; de vrijstelling geldt daarvoor niet (art. 30 lid 5 AVG; standpunt WP29 van 19 april 2018).");

    private static readonly MessageTemplate RegularOne = new(
        "its {count} recorded activity is not marked occasional",
        "de {count} vastgelegde verwerking ervan is niet als incidenteel gemarkeerd");

    private static readonly MessageTemplate RegularMany = new(
        "its {count} recorded activities are not marked occasional",
        "de {count} vastgelegde verwerkingen ervan zijn niet als incidenteel gemarkeerd");

    private static readonly MessageTemplate SensitiveOne = new(
        "{regular} and {names} processes Art. 9 or Art. 10 data",
        "{regular} en {names} verwerkt gegevens uit art. 9 of art. 10 AVG");

    private static readonly MessageTemplate SensitiveMany = new(
        "{regular} and {names} process Art. 9 or Art. 10 data",
        "{regular} en {names} verwerken gegevens uit art. 9 of art. 10 AVG");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var register = context.Register;
        if (!register.Info.ClaimsSmallOrganisationExemption || register.Activities.Count == 0)
        {
            yield break;
        }

        var sensitive = Enumerable.Range(0, register.Activities.Count)
            .Where(i => HasSensitiveData(context, i))
            .Select(i => $"'{register.Activities[i].Name}'")
            .ToList();
        var regular = (register.Activities.Count == 1 ? RegularOne : RegularMany).With(("count", register.Activities.Count));
        var because = sensitive.Count == 0 ? regular : (sensitive.Count == 1 ? SensitiveOne : SensitiveMany).With(("regular", regular), ("names", string.Join(", ", sensitive)));
        yield return new Finding(
            "/register/smallOrganisationExemption",
            Claimed.With(("because", because)));
    }

    private static bool HasSensitiveData(RuleContext context, int index)
    {
        var activity = context.Register.Activities[index];
        return activity.CriminalOffenceGround is not null
            || activity.SpecialCategoryConditions.Count > 0
            || context.DataCategoriesOf(index).Any(pair => pair.Category.IsCriminalOffenceData || pair.Category.SpecialCategory is not null);
    }
}
