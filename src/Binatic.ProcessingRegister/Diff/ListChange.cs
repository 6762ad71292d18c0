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
/// on the whole of it; in a processor's record, a client and a sub-processor on its id, a category of processing on
/// its name, a sub-processor of a category on both, a sub-processor's location on its id with the country or whether
/// it is within the EEA, and a role or an authorisation on its value.
/// </para>
/// <para>
/// The text is what a reviewer recognises: a name followed by its id in brackets, such as <c>Hosting BV (hosting)</c>,
/// a legal basis as written in the file (<c>consent</c>), a transfer as
/// <c>US: standardContractualClauses, to hosting</c>, a covenant as
/// <c>Convenant Zorg- en Veiligheidshuis (ZVH-2024, 2024-03-01), with Politie (politie)</c>, a party as
/// <c>Politie, in Zorg- en Veiligheidshuis (zvh)</c>, an activity's statement that it makes no transfers as
/// <c>no transfers (stated)</c>, a sub-processor of a category of processing as
/// <c>Helpdesk Cloud Inc. (supportdesk), in Tweedelijns ondersteuning</c>, a sub-processor's location as
/// <c>Helpdesk Cloud Inc. (supportdesk): US</c> or <c>Helpdesk Cloud Inc. (supportdesk): outside the EEA</c>. It is as written in the register, not escaped for any output format.
/// </para>
/// <para>
/// <see cref="Added"/> and <see cref="Removed"/> hold the entries in English; the few words the comparison puts around
/// register text ("with", "to", "no transfers (stated)", "permanent; from …") also exist in Dutch, which
/// <see cref="AddedIn(RegisterLanguage)"/> and <see cref="RemovedIn(RegisterLanguage)"/> give, in the same order, as
/// <see cref="DiffMarkdown"/> writes them. Two changes are equal when their kind and English entries are.
/// </para>
/// </remarks>
/// <param name="Kind">Which list changed.</param>
/// <param name="Added">The entries only in the new version, sorted; empty when entries were only removed.</param>
/// <param name="Removed">The entries only in the old version, sorted; empty when entries were only added.</param>
public sealed record ListChange(ListKind Kind, ValueArray<string> Added, ValueArray<string> Removed)
{
    // The entries in both languages, in the order of Added and Removed; null when the change was made from plain text (by
    // the public constructor, or by replacing Added or Removed), whose entries then read the same in both languages.
    private readonly ValueArray<DiffEntry>? _addedEntries;
    private readonly ValueArray<DiffEntry>? _removedEntries;

    /// <summary>Initializes a new instance of the <see cref="ListChange"/> class from entries that may have Dutch words.</summary>
    internal ListChange(ListKind kind, ValueArray<DiffEntry> added, ValueArray<DiffEntry> removed)
        : this(kind, [.. added.Select(entry => entry.English)], [.. removed.Select(entry => entry.English)])
    {
        _addedEntries = added;
        _removedEntries = removed;
    }

    /// <summary>Gets the entries only in the new version, in English, sorted; empty when entries were only removed.</summary>
    public ValueArray<string> Added
    {
        get;
        init
        {
            field = value;
            _addedEntries = null;
        }
    } = Added;

    /// <summary>Gets the entries only in the old version, in English, sorted; empty when entries were only added.</summary>
    public ValueArray<string> Removed
    {
        get;
        init
        {
            field = value;
            _removedEntries = null;
        }
    } = Removed;

    /// <summary>Gets the entries only in the new version, in <paramref name="language"/>, in the order of <see cref="Added"/>.</summary>
    /// <param name="language">The language of the words around register text; register text is as written.</param>
    /// <returns>The entries, such as <c>US: standardContractualClauses, naar hosting</c> in Dutch.</returns>
    public ValueArray<string> AddedIn(RegisterLanguage language) => In(Added, _addedEntries, language);

    /// <summary>Gets the entries only in the old version, in <paramref name="language"/>, in the order of <see cref="Removed"/>.</summary>
    /// <param name="language">The language of the words around register text; register text is as written.</param>
    /// <returns>The entries, such as <c>geen doorgiften (vermeld)</c> in Dutch.</returns>
    public ValueArray<string> RemovedIn(RegisterLanguage language) => In(Removed, _removedEntries, language);

    /// <summary>Gets a value indicating whether <paramref name="other"/> has the same kind and the same English entries.</summary>
    /// <param name="other">The change to compare with.</param>
    /// <returns><see langword="true"/> when both are equal.</returns>
    public bool Equals(ListChange? other) =>
        other is not null && Kind == other.Kind && Added.Equals(other.Added) && Removed.Equals(other.Removed);

    /// <summary>Gets a hash code that agrees with <see cref="Equals(ListChange)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Kind, Added, Removed);

    private static ValueArray<string> In(ValueArray<string> english, ValueArray<DiffEntry>? entries, RegisterLanguage language) =>
        entries is { } texts ? [.. texts.Select(entry => entry.In(language))] : english;
}
