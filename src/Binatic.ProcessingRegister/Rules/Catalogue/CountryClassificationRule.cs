using Binatic.ProcessingRegister.Binding;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Facts;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR031: a transfer's country is classified wrongly: an EEA state recorded as a third country, or a country with
/// an adequacy decision that is given further transfer mechanisms it does not need.
/// </summary>
internal sealed class CountryClassificationRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR031",
        "Transfer country classified wrongly",
        DiagnosticSeverity.Info,
        "Art. 45; EEA Joint Committee Decision 154/2018",
        "A transfer goes to an EEA country, or to a country whose adequacy decision covers the transfer today while it also lists safeguards other than `adequacyDecision`.",
        "The GDPR applies throughout the EEA (the EU plus Iceland, Liechtenstein and Norway since 20 July 2018), so data sent there is not a transfer under Chapter V. Where an adequacy decision covers a transfer, no further safeguard is required (Art. 45(1)); listing one suggests the country's status is not understood and makes the record harder to check.",
        "Remove transfers to EEA countries (keep the party's `location`). For a country with an adequacy decision, name `adequacyDecision` alone, unless another safeguard is deliberately kept in case the decision falls; then say so in the transfer's description.");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window) => Check(context, context.Transfers(window));

    public override IEnumerable<Finding> CheckRegister(RuleContext context) => Check(context, context.RegisterWideTransfers());

    private static IEnumerable<Finding> Check(RuleContext context, IEnumerable<(Transfer Transfer, ItemPointer Pointer)> transfers)
    {
        foreach (var (transfer, pointer) in transfers)
        {
            if (GdprFacts.IsInEea(transfer.Country))
            {
                yield return new Finding(
                    $"{pointer}/country",
                    $"{transfer.Country} is in the EEA, so sending data there is not a transfer to a third country; remove this transfer and record the location on the party instead (Art. 45; EEA).");
                continue;
            }

            // The other safeguards are listed only for a finding: most transfers outside the EEA have one.
            if (HasOtherThanAdequacy(transfer.Safeguards) && TransferAndRiskChecks.AdequacyCovering(context, transfer) is { } decision)
            {
                var others = transfer.Safeguards.Where(s => s.Type != SafeguardType.AdequacyDecision).Select(s => WireNames.Format(s.Type)).ToList();
                yield return new Finding(
                    $"{pointer}/country",
                    $"{transfer.Country} has an adequacy decision in force ({decision.Source}) that covers this transfer, so {string.Join(", ", others)} {(others.Count == 1 ? "is" : "are")} not needed; name 'adequacyDecision' as its safeguard (Art. 45).");
            }
        }
    }

    private static bool HasOtherThanAdequacy(ValueArray<Safeguard> safeguards)
    {
        foreach (var safeguard in safeguards)
        {
            if (safeguard.Type != SafeguardType.AdequacyDecision)
            {
                return true;
            }
        }

        return false;
    }
}
