using System.Net;

namespace Binatic.ProcessingRegister.NoticeCheck;

/// <summary>
/// Reads a Markdown notice by its blocks: ATX headings, list items (<c>-</c>, <c>*</c>, <c>+</c>, <c>1.</c>) and
/// paragraphs, whose continuation lines join them. Inline markup needs no parsing: emphasis, link brackets and
/// backslash escapes are punctuation, which matching ignores; an HTML tag is dropped and an entity decoded. Fenced code
/// is skipped. Each character keeps its offset, so passages are located where the author wrote them.
/// </summary>
internal static class MarkdownReader
{
    public static void Read(string text, PassageBuilder passages)
    {
        var list = -1;
        var inList = false;
        var kind = PassageKind.Paragraph;
        var inFence = false;
        foreach (var (start, end) in SourceLines.Of(text))
        {
            var i = Skip(text, start, end);
            if (end - i >= 3 && text.AsSpan(i, 3) is "```" or "~~~")
            {
                passages.Flush(kind, list);
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            if (i == end)
            {
                passages.Flush(kind, list);
                kind = PassageKind.Paragraph;
                continue;
            }

            while (i < end && text[i] == '>')
            {
                i = Skip(text, i + 1, end);
            }

            if (IsRule(text, i, end))
            {
                // A thematic break, or the underline of a setext heading: the passage above is complete.
                passages.Flush(kind, list);
                kind = PassageKind.Paragraph;
                continue;
            }

            if (HeadingText(text, i, end) is { } heading)
            {
                passages.Flush(kind, list);
                inList = false;
                Append(text, heading, end, passages);
                passages.Flush(PassageKind.Heading, list);
                kind = PassageKind.Paragraph;
                continue;
            }

            if (ListItemText(text, i, end) is { } item)
            {
                passages.Flush(kind, list);
                if (!inList)
                {
                    list++;
                    inList = true;
                }

                kind = PassageKind.Bullet;
                Append(text, item, end, passages);
                continue;
            }

            if (kind != PassageKind.Bullet || i == start)
            {
                // A line that is not indented under a list item ends the list.
                if (kind == PassageKind.Bullet)
                {
                    passages.Flush(kind, list);
                    kind = PassageKind.Paragraph;
                }

                inList = false;
            }

            if (!passages.IsEmpty)
            {
                passages.Append(' ', i);
            }

            Append(text, i, end, passages);
        }

        passages.Flush(kind, list);
    }

    private static int Skip(string text, int i, int end)
    {
        while (i < end && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    private static bool IsRule(string text, int i, int end)
    {
        if (i == end || text[i] is not ('-' or '=' or '*' or '_'))
        {
            return false;
        }

        var mark = text[i];
        var count = 0;
        for (; i < end; i++)
        {
            if (text[i] == mark)
            {
                count++;
            }
            else if (text[i] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return count >= (mark == '=' ? 1 : 3);
    }

    private static int? HeadingText(string text, int i, int end)
    {
        var level = 0;
        while (i + level < end && text[i + level] == '#')
        {
            level++;
        }

        return level is >= 1 and <= 6 && (i + level == end || text[i + level] is ' ' or '\t') ? Skip(text, i + level, end) : null;
    }

    private static int? ListItemText(string text, int i, int end)
    {
        if (i < end && text[i] is '-' or '*' or '+' or '•' && i + 1 < end && text[i + 1] is ' ' or '\t')
        {
            return Skip(text, i + 1, end);
        }

        var digits = i;
        while (digits < end && digits - i < 9 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > i && digits + 1 < end && text[digits] is '.' or ')' && text[digits + 1] is ' ' or '\t' ? Skip(text, digits + 1, end) : null;
    }

    private static void Append(string text, int i, int end, PassageBuilder passages)
    {
        var close = -1;
        while (i < end)
        {
            var c = text[i];
            if (c == '<' && close != end && close <= i)
            {
                // Found once for every '<' before it, so that a line full of '<' is not read again for each.
                close = text.IndexOf('>', i, end - i) is var found and >= 0 ? found : end;
            }

            if (c == '<' && close > i && close < end && IsTag(text, i, close))
            {
                passages.Append(' ', i);
                i = close + 1;
            }
            else if (c == '&' && HtmlReader.Entity(text, i, end) is { } entity)
            {
                foreach (var decoded in entity.Text)
                {
                    passages.Append(decoded, i);
                }

                i += entity.Length;
            }
            else
            {
                passages.Append(c, i);
                i++;
            }
        }
    }

    private static bool IsTag(string text, int open, int close) =>
        close > open + 1 && (char.IsAsciiLetter(text[open + 1]) || text[open + 1] is '/' or '!');
}
