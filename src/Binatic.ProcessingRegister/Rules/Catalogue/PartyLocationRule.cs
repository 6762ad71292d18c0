using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR033: a processor's or recipient's location is unknown: not given, or given only in words.</summary>
internal sealed class PartyLocationRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR033",
        "Recipient or processor location unknown",
        DiagnosticSeverity.Warning,
        "Art. 30(1)(d)-(e)",
        "A processor or recipient has no `location`, or a location with neither `countries` nor `withinEea`.",
        "The record must name the recipients, including those in third countries, and the third countries data goes to (Art. 30(1)(d)-(e)). Without a location nobody can tell whether disclosing data to the party is a transfer that needs a Chapter V ground; the ICO template asks where personal data is held for the same reason.",
        "Add `location` with the `countries` where the party processes the data (ISO codes, such as `NL`, `US`), or at least `withinEea`.")
    {
        Dutch = new(
            "Locatie van ontvanger of verwerker onbekend",
            "art. 30 lid 1 onder d en e AVG",
            "Een verwerker of ontvanger heeft geen `location`, of een locatie zonder `countries` en zonder `withinEea`.",
            "Het register moet de ontvangers noemen, ook die in derde landen, en de derde landen waarheen gegevens gaan (art. 30 lid 1 onder d en e AVG). Zonder locatie kan niemand zien of de verstrekking aan de partij een doorgifte is die een grond uit hoofdstuk V AVG nodig heeft; het registermodel van de ICO vraagt om dezelfde reden waar de persoonsgegevens worden bewaard.",
            "Voeg `location` toe met de `countries` waar de partij de gegevens verwerkt (ISO-codes, zoals `NL`, `US`), of ten minste `withinEea`."),
    };

    private static readonly MessageTemplate ProcessorUnknown = new(
        "The location of processor '{processor}' is unknown; add 'countries' or 'withinEea' so that transfers can be identified (Art. 30(1)(d)-(e)).",
        "De locatie van verwerker '{processor}' is onbekend; voeg 'countries' of 'withinEea' toe, zodat doorgiften te herkennen zijn (art. 30 lid 1 onder d en e AVG).");

    private static readonly MessageTemplate RecipientUnknown = new(
        "The location of recipient '{recipient}' is unknown; add 'countries' or 'withinEea' so that transfers can be identified (Art. 30(1)(d)-(e)).",
        "De locatie van ontvanger '{recipient}' is onbekend; voeg 'countries' of 'withinEea' toe, zodat doorgiften te herkennen zijn (art. 30 lid 1 onder d en e AVG).");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var processors = context.Register.Processors;
        for (var i = 0; i < processors.Count; i++)
        {
            if (IsUnknown(processors[i].Location))
            {
                yield return new Finding(
                    $"/processors/{i}/location",
                    ProcessorUnknown.With(("processor", processors[i].Id)));
            }
        }

        var recipients = context.Register.Recipients;
        for (var i = 0; i < recipients.Count; i++)
        {
            if (IsUnknown(recipients[i].Location))
            {
                yield return new Finding(
                    $"/recipients/{i}/location",
                    RecipientUnknown.With(("recipient", recipients[i].Id)));
            }
        }
    }

    private static bool IsUnknown(Location? location) => location is null || (location.Countries.Count == 0 && location.IsWithinEea is null);
}
