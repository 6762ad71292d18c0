using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Facts;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// What the transfer, party and risk rules (RPR025-RPR038) share: finding the processor or recipient an id names,
/// and deciding whether an adequacy decision covers a transfer today.
/// </summary>
internal static class TransferAndRiskChecks
{
    /// <summary>Gets the processor or recipient with <paramref name="id"/> (they share one namespace), or <see langword="null"/>.</summary>
    public static Party? PartyOf(RuleContext context, string? id)
    {
        if (id is null)
        {
            return null;
        }

        if (context.Processor(id) is { } processor)
        {
            return new Party(processor.Id, processor.Location, processor.IsDpfCertified);
        }

        return context.Recipient(id) is { } recipient
            ? new Party(recipient.Id, recipient.Location, recipient.IsDpfCertified)
            : null;
    }

    /// <summary>
    /// Gets the adequacy decision that covers <paramref name="transfer"/> on <see cref="RuleContext.Today"/>: one in
    /// force for its country and, where the decision covers certified organisations only (the US), a recipient that
    /// is certified. <see langword="null"/> when the transfer needs an Art. 46 safeguard or an Art. 49 derogation.
    /// </summary>
    public static AdequacyDecision? AdequacyCovering(RuleContext context, Transfer transfer)
    {
        var decision = GdprFacts.AdequacyFor(transfer.Country, context.Today);
        if (decision is null)
        {
            return null;
        }

        return !decision.CertifiedOrganisationsOnly || PartyOf(context, transfer.Recipient) is { IsDpfCertified: true }
            ? decision
            : null;
    }
}

/// <summary>
/// A processor or a recipient, as far as the transfer rules need to know it. A value, not an object: the rules look
/// up a party for every recipient and transfer of every activity, and a heap copy of each cost more than the check.
/// </summary>
internal readonly record struct Party(string Id, Location? Location, bool IsDpfCertified);
