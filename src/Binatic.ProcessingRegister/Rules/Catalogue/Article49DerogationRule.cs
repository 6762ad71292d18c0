using Binatic.ProcessingRegister.Binding;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR029: an Art. 49 derogation carries a transfer that is regular (or not stated to be occasional), or a transfer
/// on compelling legitimate interests is not documented.
/// </summary>
internal sealed class Article49DerogationRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR029",
        "Art. 49 derogation used for regular or undocumented transfers",
        DiagnosticSeverity.Error,
        "Art. 49(1), 49(6); EDPB Guidelines 2/2018",
        "A `derogation` safeguard on a transfer whose `frequency` is `regular` or not stated; or a `compellingLegitimateInterests` derogation with neither a `description` nor a `reference` documenting the assessment.",
        "The derogations of Art. 49 are exceptions for specific situations: the EDPB (Guidelines 2/2018, 25 May 2018) reads them restrictively, as suited to occasional transfers, not to the regular course of business. A transfer on compelling legitimate interests (Art. 49(1), second subparagraph) must be non-repetitive and limited, and the controller must document its assessment and the safeguards in the record (Art. 49(6)) and inform the supervisory authority.",
        "For a regular transfer, rely on an adequacy decision or an Art. 46 safeguard such as the 2021/914 standard contractual clauses. For an occasional one, set `frequency: occasional`; for compelling legitimate interests, also document the assessment in `description` or `reference`.");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window) => Check(context.Transfers(window));

    public override IEnumerable<Finding> CheckRegister(RuleContext context) => Check(context.RegisterWideTransfers());

    private static IEnumerable<Finding> Check(IEnumerable<(Transfer Transfer, ItemPointer Pointer)> transfers)
    {
        foreach (var (transfer, pointer) in transfers)
        {
            for (var k = 0; k < transfer.Safeguards.Count; k++)
            {
                var safeguard = transfer.Safeguards[k];
                if (safeguard.Type != SafeguardType.Derogation)
                {
                    continue;
                }

                var derogation = safeguard.Derogation is { } point ? WireNames.Format(point) : "derogation";
                if (transfer.Frequency != TransferFrequency.Occasional)
                {
                    var frequency = transfer.Frequency is null ? "does not say it is occasional" : "is regular";
                    yield return new Finding(
                        $"{pointer}/safeguards/{k}/derogation",
                        $"The transfer to {transfer.Country} rests on the Art. 49 derogation '{derogation}' but {frequency}; derogations suit only occasional transfers, so use an Art. 45 or 46 ground or set 'frequency: occasional' (Art. 49(1)).");
                }

                if (safeguard.Derogation == Article49Derogation.CompellingLegitimateInterests &&
                    string.IsNullOrWhiteSpace(safeguard.Description) &&
                    string.IsNullOrWhiteSpace(safeguard.Reference))
                {
                    yield return new Finding(
                        $"{pointer}/safeguards/{k}/reference",
                        $"The transfer to {transfer.Country} rests on compelling legitimate interests without documenting the assessment and safeguards; add a 'description' or 'reference' (Art. 49(1), 49(6)).");
                }
            }
        }
    }
}
