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
        "Add `recipients` to the activity with the ids of the processors and recipients that receive its data, or `recipients: []` when there are none.")
    {
        Dutch = new(
            "Ontvangers niet vermeld",
            "art. 30 lid 1 onder d AVG",
            "Een verwerking heeft geen sleutel `recipients`. Een lege lijst (`recipients: []`) zegt dat de gegevens aan niemand worden verstrekt, en is in orde.",
            "Art. 30 lid 1 onder d AVG vraagt het register per verwerking de categorieën van ontvangers te vermelden aan wie de gegevens zijn of zullen worden verstrekt, ontvangers in derde landen inbegrepen. Verwerkers zijn ook ontvangers (art. 4 punt 9 AVG). Een register dat ontvangers alleen voor de organisatie als geheel noemt, kan niet laten zien welke gegevens bij wie terechtkomen, en zwijgen is dan niet te onderscheiden van \"geen\".",
            "Voeg `recipients` toe aan de verwerking met de ids van de verwerkers en ontvangers die haar gegevens krijgen, of `recipients: []` als er geen zijn."),
    };

    private static readonly MessageTemplate NotStated = new(
        "The activity '{activity}' does not state its recipients; list the ids of the processors and recipients that receive its data, or write 'recipients: []' when there are none (Art. 30(1)(d)).",
        "De verwerking '{activity}' vermeldt haar ontvangers niet; noem de ids van de verwerkers en ontvangers die haar gegevens krijgen, of schrijf 'recipients: []' als er geen zijn (art. 30 lid 1 onder d AVG).");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            if (activities[i].Recipients is null)
            {
                yield return new Finding(
                    $"/activities/{i}/recipients",
                    NotStated.With(("activity", activities[i].Name)));
            }
        }
    }
}
