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
        "Add `location` with the `countries` where the party processes the data (ISO codes, such as `NL`, `US`), or at least `withinEea`.");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var processors = context.Register.Processors;
        for (var i = 0; i < processors.Count; i++)
        {
            if (IsUnknown(processors[i].Location))
            {
                yield return new Finding(
                    $"/processors/{i}/location",
                    $"The location of processor '{processors[i].Id}' is unknown; add 'countries' or 'withinEea' so that transfers can be identified (Art. 30(1)(d)-(e)).");
            }
        }

        var recipients = context.Register.Recipients;
        for (var i = 0; i < recipients.Count; i++)
        {
            if (IsUnknown(recipients[i].Location))
            {
                yield return new Finding(
                    $"/recipients/{i}/location",
                    $"The location of recipient '{recipients[i].Id}' is unknown; add 'countries' or 'withinEea' so that transfers can be identified (Art. 30(1)(d)-(e)).");
            }
        }
    }

    private static bool IsUnknown(Location? location) => location is null || (location.Countries.Count == 0 && location.IsWithinEea is null);
}
