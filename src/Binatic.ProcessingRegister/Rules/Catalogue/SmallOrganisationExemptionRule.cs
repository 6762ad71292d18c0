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
        "Remove `smallOrganisationExemption` and keep the record for the activities it lists; an SME needs to record only the activities that trigger the duty.");

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
        var regular = $"its {register.Activities.Count} recorded {(register.Activities.Count == 1 ? "activity is" : "activities are")} not marked occasional";
        var because = sensitive.Count == 0 ? regular : $"{regular} and {string.Join(", ", sensitive)} {(sensitive.Count == 1 ? "processes" : "process")} Art. 9 or Art. 10 data";
        yield return new Finding(
            "/register/smallOrganisationExemption",
            $"The register claims the Art. 30(5) exemption, but {because}; the exemption does not cover them (Art. 30(5); WP29 position paper 19 April 2018).");
    }

    private static bool HasSensitiveData(RuleContext context, int index)
    {
        var activity = context.Register.Activities[index];
        return activity.CriminalOffenceGround is not null
            || activity.SpecialCategoryConditions.Count > 0
            || context.DataCategoriesOf(index).Any(pair => pair.Category.IsCriminalOffenceData || pair.Category.SpecialCategory is not null);
    }
}
