namespace Binatic.ProcessingRegister.NoticeCheck;

/// <summary>
/// One passage of a notice as text, with the place in the notice's source of each of its characters, so that a match
/// anywhere in it is reported at the line and column the author wrote, whatever markup was around it.
/// </summary>
/// <param name="Text">The passage's text, markup removed.</param>
/// <param name="Offsets">For each character of <paramref name="Text"/>, its offset in the source.</param>
/// <param name="Kind">Running text, a list item or a heading.</param>
/// <param name="List">The list a <see cref="PassageKind.Bullet"/> belongs to, numbered from 0; -1 for other passages.</param>
internal sealed record NoticePassage(string Text, int[] Offsets, PassageKind Kind, int List)
{
    /// <summary>Gets the passage's text folded for matching (see <see cref="FoldedText"/>), made once.</summary>
    public FoldedText Folded => field ??= FoldedText.Of(Text);

    /// <summary>Gets the source offset of the character at <paramref name="index"/> of <see cref="Text"/>.</summary>
    public int OffsetAt(int index) => Offsets[Math.Clamp(index, 0, Offsets.Length - 1)];
}
