using Binatic.ProcessingRegister.Binding;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR027: a transfer lists several safeguards as alternatives ("A, B or C") instead of the one it rests on.</summary>
internal sealed class AlternativeSafeguardsRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR027",
        "Alternative safeguards listed instead of the one used",
        DiagnosticSeverity.Warning,
        "Art. 30(1)(e), 13(1)(f)",
        "A transfer lists more than one safeguard.",
        "The record must document the transfer actually made (Art. 30(1)(e)) and the privacy notice must name the safeguard relied on and how to get a copy of it (Art. 13(1)(f)). A menu of possible grounds (\"an adequacy decision, standard clauses or the Privacy Shield\") shows neither which one applies to this recipient nor that any of them does.",
        "Record one transfer per recipient or group of recipients, each with the single safeguard it rests on; a fallback belongs in the description, not as a second safeguard.");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window) => Check(context.Transfers(window));

    public override IEnumerable<Finding> CheckRegister(RuleContext context) => Check(context.RegisterWideTransfers());

    private static IEnumerable<Finding> Check(IEnumerable<(Transfer Transfer, ItemPointer Pointer)> transfers)
    {
        foreach (var (transfer, pointer) in transfers)
        {
            if (transfer.Safeguards.Count > 1)
            {
                var listed = string.Join(", ", transfer.Safeguards.Select(s => WireNames.Format(s.Type)));
                yield return new Finding(
                    $"{pointer}/safeguards",
                    $"The transfer to {transfer.Country} lists {transfer.Safeguards.Count} safeguards as alternatives ({listed}); record the one it actually rests on (Art. 30(1)(e), 13(1)(f)).");
            }
        }
    }
}
