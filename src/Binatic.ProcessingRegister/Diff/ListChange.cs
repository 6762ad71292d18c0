using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Diff;

/// <summary>
/// The entries added to and removed from one list of an activity or of the register, such as
/// <c>Added = ["Health (gezondheid)"]</c> for <see cref="ListKind.DataCategories"/>.
/// </summary>
/// <remarks>
/// Entries are matched on their key, not on their text: a data category, data subject, recipient, processor or
/// security measure on its id, a legal basis on the basis, a transfer on its country, safeguard types and recipient,
/// a retention rule and a purpose on the whole of it. The text is what a reviewer recognises: a name followed by its
/// id in brackets, such as <c>Hosting BV (hosting)</c>, a legal basis as written in the file (<c>consent</c>), a
/// transfer as <c>US: standardContractualClauses, to hosting</c>. It is as written in the register, not escaped for
/// any output format.
/// </remarks>
/// <param name="Kind">Which list changed.</param>
/// <param name="Added">The entries only in the new version, sorted; empty when entries were only removed.</param>
/// <param name="Removed">The entries only in the old version, sorted; empty when entries were only added.</param>
public sealed record ListChange(ListKind Kind, ValueArray<string> Added, ValueArray<string> Removed);
