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

    /// <summary>Gets the sub-processor of the processor's record with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public static Party? SubProcessorOf(RuleContext context, string? id) =>
        id is not null && context.SubProcessor(id) is { } subProcessor
            ? new Party(subProcessor.Id, subProcessor.Location, subProcessor.IsDpfCertified)
            : null;

    /// <summary>
    /// Gets the party a transfer names as its <c>recipient</c>: a sub-processor for a transfer of the processor's
    /// record, otherwise a processor or recipient of the controller's record.
    /// </summary>
    public static Party? RecipientOf(RuleContext context, Transfer transfer, ItemPointer at) =>
        RuleContext.IsProcessorRecordTransfer(at) ? SubProcessorOf(context, transfer.Recipient) : PartyOf(context, transfer.Recipient);

    /// <summary>
    /// Gets the adequacy decision that covers <paramref name="transfer"/> on <see cref="RuleContext.Today"/>: one in
    /// force for its country and, where the decision covers certified organisations only (the US), a recipient that
    /// is certified. <see langword="null"/> when the transfer needs an Art. 46 safeguard or an Art. 49 derogation.
    /// </summary>
    /// <param name="context">The register under review.</param>
    /// <param name="transfer">The transfer.</param>
    /// <param name="at">Where the transfer is, which says whose parties its recipient is among.</param>
    public static AdequacyDecision? AdequacyCovering(RuleContext context, Transfer transfer, ItemPointer at)
    {
        var decision = GdprFacts.AdequacyFor(transfer.Country, context.Today);
        if (decision is null)
        {
            return null;
        }

        // The recipient is looked up only for a decision that covers certified organisations only.
        return !decision.CertifiedOrganisationsOnly || RecipientOf(context, transfer, at) is { IsDpfCertified: true }
            ? decision
            : null;
    }

    /// <summary>
    /// Gets the adequacy decision that covers data going to <paramref name="country"/> and to
    /// <paramref name="recipient"/> on <see cref="RuleContext.Today"/>, as for a transfer (see
    /// <see cref="AdequacyCovering(RuleContext, Transfer, ItemPointer)"/>).
    /// </summary>
    public static AdequacyDecision? AdequacyCovering(RuleContext context, string country, Party recipient) =>
        GdprFacts.AdequacyFor(country, context.Today) is { } decision && (!decision.CertifiedOrganisationsOnly || recipient.IsDpfCertified)
            ? decision
            : null;
}

/// <summary>
/// A processor or a recipient, as far as the transfer rules need to know it. A value, not an object: the rules look
/// up a party for every recipient and transfer of every activity, and a heap copy of each cost more than the check.
/// </summary>
internal readonly record struct Party(string Id, Location? Location, bool IsDpfCertified);
