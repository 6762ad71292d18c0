using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Diff;

/// <summary>
/// The entries added to and removed from one list of an activity or of the register, such as
/// <c>Added = ["Health (gezondheid)"]</c> for <see cref="ListKind.DataCategories"/>.
/// </summary>
/// <remarks>
/// <para>
/// Entries are matched on their key, not on their text: a data category, data subject, recipient, processor,
/// security measure, department, task or joint-controller arrangement on its id, a controller on its name (an id that
/// now stands for another organisation is another controller), a party to an arrangement on its name within the
/// arrangement, a covenant on its recipient with its name, reference and date, a legal basis on the basis, a transfer
/// on its country, safeguard types and recipient, a retention rule (including whether it is permanent) and a purpose
/// on the whole of it.
/// </para>
/// <para>
/// The text is what a reviewer recognises: a name followed by its id in brackets, such as <c>Hosting BV (hosting)</c>,
/// a legal basis as written in the file (<c>consent</c>), a transfer as
/// <c>US: standardContractualClauses, to hosting</c>, a covenant as
/// <c>Convenant Zorg- en Veiligheidshuis (ZVH-2024, 2024-03-01), with Politie (politie)</c>, a party as
/// <c>Politie, in Zorg- en Veiligheidshuis (zvh)</c>, an activity's statement that it makes no transfers as
/// <c>no transfers (stated)</c>. It is as written in the register, not escaped for any output format.
/// </para>
/// </remarks>
/// <param name="Kind">Which list changed.</param>
/// <param name="Added">The entries only in the new version, sorted; empty when entries were only removed.</param>
/// <param name="Removed">The entries only in the old version, sorted; empty when entries were only added.</param>
public sealed record ListChange(ListKind Kind, ValueArray<string> Added, ValueArray<string> Removed);
