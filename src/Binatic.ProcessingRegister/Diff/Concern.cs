namespace Binatic.ProcessingRegister.Diff;

/// <summary>
/// A change that carries risk and needs a reviewer's attention before the pull request is merged, such as
/// special-category data newly processed in an activity; one of <see cref="RegisterChanges.Attention"/>.
/// </summary>
/// <param name="Kind">What kind of risk the change brings.</param>
/// <param name="Activity">
/// The activity the change is in; <see langword="null"/> for a transfer in the register's own list of transfers.
/// </param>
/// <param name="Subject">
/// What the concern is about, as a reviewer reads it: for data, the category's name and id with the special category,
/// such as <c>Health (gezondheid) (health)</c>, or <c>Convictions (strafblad)</c>; for a national identifier, the
/// category's name and id with the identifier's name when the register gives it, such as <c>BSN (bsn) (BSN)</c>; for
/// a chain partner, the recipient's name and id, such as <c>Politie (politie)</c>; for a transfer, the ISO 3166-1
/// alpha-2 code of the country, such as <c>US</c>. It is not escaped for any output format.
/// </param>
public sealed record Concern(ConcernKind Kind, ActivityReference? Activity, string Subject);
