using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Facts;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR026: a transfer claims an adequacy decision that does not exist for its country today, or (for the United
/// States) that does not cover its recipient because the recipient is not certified under the Data Privacy Framework.
/// </summary>
internal sealed class AdequacyClaimRule : Rule
{
    private static readonly AdequacyDecision CertifiedOnly = GdprFacts.AdequacyDecisions.First(d => d.CertifiedOrganisationsOnly);

    public override RuleDescriptor Descriptor { get; } = new(
        "RPR026",
        "Adequacy claimed where there is none",
        DiagnosticSeverity.Error,
        "Art. 45; Decision (EU) 2023/1795",
        "A transfer names an `adequacyDecision` safeguard while no Commission adequacy decision is in force for its country today; for the United States, whose decision covers certified organisations only, while the transfer's `recipient` is not a processor or recipient with `dpfCertified: true`.",
        $"Only a Commission decision under Art. 45 makes a third country adequate. The decision for {CertifiedOnly.Country} of {GdprFacts.Display(CertifiedOnly.Since)} ({CertifiedOnly.Source}, the EU-US Data Privacy Framework) covers only organisations on the US Department of Commerce's list; a transfer to any other US organisation needs an Art. 46 safeguard. Transfers to EEA countries are not transfers at all (see RPR031).",
        "Check the Commission's list of adequacy decisions. For the US, name the recipient in `recipient` and set `dpfCertified: true` on it once its certification is confirmed; otherwise name the safeguard actually used, such as the 2021/914 standard contractual clauses.");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window) => Check(context, context.Transfers(window));

    public override IEnumerable<Finding> CheckRegister(RuleContext context) => Check(context, context.RegisterWideTransfers());

    private static IEnumerable<Finding> Check(RuleContext context, IEnumerable<(Transfer Transfer, ItemPointer Pointer)> transfers)
    {
        foreach (var (transfer, pointer) in transfers)
        {
            if (GdprFacts.IsInEea(transfer.Country))
            {
                continue;
            }

            for (var k = 0; k < transfer.Safeguards.Count; k++)
            {
                if (transfer.Safeguards[k].Type == SafeguardType.AdequacyDecision && Problem(context, transfer) is { } problem)
                {
                    yield return new Finding($"{pointer}/safeguards/{k}/type", problem);
                }
            }
        }
    }

    private static string? Problem(RuleContext context, Transfer transfer)
    {
        var decision = GdprFacts.AdequacyFor(transfer.Country, context.Today);
        if (decision is null)
        {
            return $"The transfer to {transfer.Country} claims an adequacy decision, but none is in force for {transfer.Country} on {GdprFacts.Display(context.Today)}; name the Art. 46 safeguard actually used (Art. 45).";
        }

        if (!decision.CertifiedOrganisationsOnly)
        {
            return null;
        }

        if (TransferAndRiskChecks.PartyOf(context, transfer.Recipient) is not { } party)
        {
            return $"The transfer to {transfer.Country} claims the adequacy decision for {decision.Scope} ({decision.Source}), but names no recipient whose certification could be checked; name it in 'recipient' and mark it 'dpfCertified' (Art. 45).";
        }

        return party.IsDpfCertified
            ? null
            : $"The transfer to {transfer.Country} claims the adequacy decision for {decision.Scope} ({decision.Source}), but its recipient '{party.Id}' is not marked 'dpfCertified'; confirm the certification or name another safeguard (Art. 45).";
    }
}
