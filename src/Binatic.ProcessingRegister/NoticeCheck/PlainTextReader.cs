namespace Binatic.ProcessingRegister.NoticeCheck;

/// <summary>
/// Reads a plain-text notice as it is: each non-empty line a passage, a line that starts with a bullet (•, -, *, ·, –)
/// an item of a list, and consecutive such lines one list; a short line that does not end a sentence is a heading.
/// </summary>
internal static class PlainTextReader
{
    public static void Read(string text, PassageBuilder passages)
    {
        var list = -1;
        var inList = false;
        foreach (var (start, end) in SourceLines.Of(text))
        {
            var i = start;
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == end)
            {
                inList = false;
                continue;
            }

            var bullet = IsBullet(text, i, end);
            if (bullet)
            {
                if (!inList)
                {
                    list++;
                    inList = true;
                }

                i++;
            }
            else
            {
                inList = false;
            }

            var first = i;
            for (; i < end; i++)
            {
                passages.Append(text[i], i);
            }

            passages.Flush(bullet ? PassageKind.Bullet : IsHeading(text.AsSpan(first, end - first)) ? PassageKind.Heading : PassageKind.Paragraph, list);
        }
    }

    // Plain text marks no headings; a short line that does not end a sentence ("3. Delen van uw persoonsgegevens",
    // "5. Bewaartermijnen:") is one.
    private static bool IsHeading(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is not ('.' or ';' or '!' or '?' or ',') && trimmed.Count(' ') < 8;
    }

    internal static bool IsBullet(string text, int i, int end) =>
        text[i] is '•' or '·' or '▪' or '◦' or '‣' or '–' or '-' or '*' && i + 1 < end && text[i + 1] is ' ' or '\t';
}
