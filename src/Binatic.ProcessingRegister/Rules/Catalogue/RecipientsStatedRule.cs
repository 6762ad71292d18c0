using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR005: a processing activity does not say to whom its data is disclosed, not even that it is disclosed to nobody.</summary>
internal sealed class RecipientsStatedRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR005",
        "Recipients not stated",
        DiagnosticSeverity.Error,
        "Art. 30(1)(d)",
        "An activity has no `recipients` key. An empty list (`recipients: []`) is a statement that the data is disclosed to nobody, and passes.",
        "Art. 30(1)(d) requires the record to state the categories of recipients to whom the data of each processing has been or will be disclosed, including recipients in third countries. Processors count as recipients (Art. 4(9)). A register that lists recipients only for the organisation as a whole cannot show which data reaches whom, and silence cannot be told apart from \"none\".",
        "Add `recipients` to the activity with the ids of the processors and recipients that receive its data, or `recipients: []` when there are none.");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            if (activities[i].Recipients is null)
            {
                yield return new Finding(
                    $"/activities/{i}/recipients",
                    $"The activity '{activities[i].Name}' does not state its recipients; list the ids of the processors and recipients that receive its data, or write 'recipients: []' when there are none (Art. 30(1)(d)).");
            }
        }
    }
}
