using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR003: a processing activity states no purpose.</summary>
internal sealed class PurposeRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR003",
        "Activity has no purpose",
        DiagnosticSeverity.Error,
        "Art. 30(1)(b), 5(1)(b)",
        "An activity's `purposes` list is empty, or holds only blank entries.",
        "Art. 30(1)(b) requires the record to state the purposes of each processing. Purpose limitation (Art. 5(1)(b)) makes the purpose the yardstick for everything else: which data is necessary, which legal basis applies and how long data may be kept. An activity without a purpose cannot be assessed at all.",
        "Add to `purposes` what the activity is for, specifically and in the words of the privacy notice, such as `Delivering the products ordered.`; avoid catch-alls such as `other matters`.")
    {
        Dutch = new(
            "Verwerking zonder doel",
            "art. 30 lid 1 onder b en 5 lid 1 onder b AVG",
            "De lijst `purposes` van een verwerking is leeg, of bevat alleen lege items.",
            "Art. 30 lid 1 onder b AVG vraagt het register de doeleinden van elke verwerking te vermelden. Door het beginsel van doelbinding (art. 5 lid 1 onder b AVG) is het doel de maatstaf voor al het andere: welke gegevens noodzakelijk zijn, welke rechtsgrond van toepassing is en hoe lang gegevens bewaard mogen worden. Een verwerking zonder doel kan helemaal niet worden beoordeeld.",
            "Vermeld onder `purposes` waarvoor de verwerking dient, concreet en in de woorden van de privacyverklaring, zoals `Leveren van de bestelde producten.`; vermijd verzamelposten zoals `overige zaken`."),
    };

    private static readonly MessageTemplate NoPurpose = new(
        "The activity '{activity}' states no purpose; say what the processing is for (Art. 30(1)(b)).",
        "De verwerking '{activity}' vermeldt geen doel; zeg waarvoor de verwerking dient (art. 30 lid 1 onder b AVG).");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            if (Texts.AllBlank(activities[i].Purposes))
            {
                yield return new Finding(
                    $"/activities/{i}/purposes",
                    NoPurpose.With(("activity", activities[i].Name)));
            }
        }
    }
}
