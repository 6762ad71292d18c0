namespace Binatic.ProcessingRegister.NoticeCheck;

/// <summary>
/// One thing the register states, in the forms a notice may use for it: the register's own words folded
/// (<see cref="FoldedText"/>), and for countries, safeguards and rights also their names in Dutch and English.
/// </summary>
/// <param name="Kind">What it is.</param>
/// <param name="Item">How a finding names it: the register's words, a country code or a period.</param>
/// <param name="Pointer">The JSON Pointer of its entry in the register.</param>
/// <param name="Forms">Folded phrases (see <see cref="FoldedText.Phrase"/>), any of which in a passage mentions it.</param>
/// <param name="Prefixes">Folded word starts (a space, then the start of a word) that also mention it.</param>
internal sealed record RegisterTerm(TermKind Kind, string Item, string Pointer, IReadOnlyList<string> Forms, IReadOnlyList<string> Prefixes)
{
    /// <summary>Gets the parts of the period of a <see cref="TermKind.Retention"/> term.</summary>
    public IReadOnlyList<NoticePeriod> Periods { get; init; } = [];

    /// <summary>Gets the index in <paramref name="passage"/>'s text where the term is mentioned, or -1.</summary>
    public int FindIn(NoticePassage passage)
    {
        var folded = passage.Folded;
        foreach (var form in Forms)
        {
            if (folded.Find(form) is var at and >= 0)
            {
                return at;
            }
        }

        foreach (var prefix in Prefixes)
        {
            if (folded.Find(prefix) is var at and >= 0)
            {
                return at;
            }
        }

        return -1;
    }
}
