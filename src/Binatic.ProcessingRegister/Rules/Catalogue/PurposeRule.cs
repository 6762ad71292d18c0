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
        "Add to `purposes` what the activity is for, specifically and in the words of the privacy notice, such as `Delivering the products ordered.`; avoid catch-alls such as `other matters`.");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            if (Texts.AllBlank(activities[i].Purposes))
            {
                yield return new Finding(
                    $"/activities/{i}/purposes",
                    $"The activity '{activities[i].Name}' states no purpose; say what the processing is for (Art. 30(1)(b)).");
            }
        }
    }
}
