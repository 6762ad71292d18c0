using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Diff;

/// <summary>
/// A change that carries risk and needs a reviewer's attention before the pull request is merged, such as
/// special-category data newly processed in an activity; one of <see cref="RegisterChanges.Attention"/>.
/// </summary>
/// <param name="Kind">What kind of risk the change brings.</param>
/// <param name="Activity">
/// The activity the change is in; <see langword="null"/> for a transfer in the register's own list of transfers and
/// for a change to a processor's record.
/// </param>
/// <param name="Subject">
/// What the concern is about, as a reviewer reads it: for data, the category's name and id with the special category,
/// such as <c>Health (gezondheid) (health)</c>, or <c>Convictions (strafblad)</c>; for a national identifier, the
/// category's name and id with the identifier's name when the register gives it, such as <c>BSN (bsn) (BSN)</c>; for
/// a chain partner, the recipient's name and id, such as <c>Politie (politie)</c>; for a transfer, the ISO 3166-1
/// alpha-2 code of the country, such as <c>US</c>; for a sub-processor, its name and id, such as
/// <c>Helpdesk Cloud Inc. (supportdesk)</c>, with the country for a new one, <c>Helpdesk Cloud Inc. (supportdesk): US</c>.
/// It is not escaped for any output format.
/// </param>
public sealed record Concern(ConcernKind Kind, ActivityReference? Activity, string Subject)
{
    /// <summary>
    /// Gets the clients of a processor's record to inform of the change (Art. 28(2)), by id: for a sub-processor, the
    /// clients whose categories of processing engage it (of a sub-processor the record had before, those that did not
    /// engage it before); for a new country of a sub-processor, the clients that engage it; for a transfer, the clients
    /// that engage its recipients. Empty for a concern about a controller's record.
    /// </summary>
    public ValueArray<ClientReference> Clients { get; init; }
}
