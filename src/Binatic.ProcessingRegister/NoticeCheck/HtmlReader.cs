using System.Net;

namespace Binatic.ProcessingRegister.NoticeCheck;

/// <summary>
/// Reads an HTML notice as text, in one pass over the characters, without building a document: a web page is hostile
/// input, so nothing is fetched, no script runs, and no nesting, however deep, costs more than a counter. Block
/// elements (<c>p</c>, <c>div</c>, <c>li</c>, <c>h1</c>–<c>h6</c>, <c>br</c>, table cells) end a passage; <c>li</c> starts
/// a list item and <c>h1</c>–<c>h6</c> a heading; the content of <c>script</c>, <c>style</c>, <c>template</c>,
/// <c>noscript</c>, <c>svg</c>, <c>head</c> and comments is skipped; attributes are ignored; character references are
/// decoded. Each character keeps its offset in the source.
/// </summary>
internal static class HtmlReader
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main",
        "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "template", "noscript", "svg", "math", "head", "iframe", "object", "textarea", "select",
    };

    public static void Read(string text, PassageBuilder passages)
    {
        var kind = PassageKind.Paragraph;
        var list = -1;
        var i = 0;
        var close = -1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<')
            {
                if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
                {
                    var endComment = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
                    i = endComment < 0 ? text.Length : endComment + 3;
                    continue;
                }

                // The next '>' is found once for every '<' before it: text full of '<' must not be read again for each.
                if (close <= i)
                {
                    close = text.IndexOf('>', i + 1);
                }

                if (close < 0)
                {
                    break;
                }

                var (name, isEnd) = TagName(text, i + 1, close);
                if (name is null)
                {
                    // "<!DOCTYPE", "<?xml" and a lone "<" in text.
                    i = text[i + 1] is '!' or '?' ? close + 1 : Text(text, i, passages);
                    continue;
                }

                if (!isEnd && Skipped.Contains(name) && text[close - 1] != '/')
                {
                    var endTag = text.IndexOf("</" + name, close + 1, StringComparison.OrdinalIgnoreCase);
                    i = endTag < 0 ? text.Length : Math.Max(text.IndexOf('>', endTag) + 1, endTag + 2 + name.Length);
                    if (i <= 0)
                    {
                        i = text.Length;
                    }

                    continue;
                }

                if (Blocks.Contains(name))
                {
                    passages.Flush(kind, list);
                    kind = !isEnd && name == "li" ? PassageKind.Bullet
                        : !isEnd && name is ['h', >= '1' and <= '6'] ? PassageKind.Heading
                        : PassageKind.Paragraph;
                    if (!isEnd && name is "ul" or "ol")
                    {
                        list++;
                    }
                }
                else
                {
                    // An inline element separates words only where the source had space; keep none.
                }

                i = close + 1;
                continue;
            }

            i = Text(text, i, passages);
        }

        passages.Flush(kind, list < 0 ? 0 : list);
    }

    /// <summary>Gets the character reference at <paramref name="i"/> (<c>&amp;amp;</c>, <c>&amp;#8217;</c>) decoded, with its length in the source.</summary>
    internal static (string Text, int Length)? Entity(string text, int i, int end)
    {
        var semicolon = text.IndexOf(';', i, Math.Min(end - i, 12));
        if (semicolon < 0)
        {
            return null;
        }

        var reference = text[i..(semicolon + 1)];
        var decoded = WebUtility.HtmlDecode(reference);
        return decoded == reference ? null : (decoded, reference.Length);
    }

    private static int Text(string text, int i, PassageBuilder passages)
    {
        if (text[i] == '&' && Entity(text, i, text.Length) is { } entity)
        {
            foreach (var decoded in entity.Text)
            {
                passages.Append(decoded == '\u00a0' ? ' ' : decoded, i);
            }

            return i + entity.Length;
        }

        passages.Append(text[i] is '\n' or '\r' or '\t' ? ' ' : text[i], i);
        return i + 1;
    }

    private static (string? Name, bool IsEnd) TagName(string text, int start, int close)
    {
        var isEnd = start < close && text[start] == '/';
        var i = isEnd ? start + 1 : start;
        var nameStart = i;
        while (i < close && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
        {
            i++;
        }

        return i == nameStart || !char.IsAsciiLetter(text[nameStart]) ? (null, false) : (text[nameStart..i].ToLowerInvariant(), isEnd);
    }
}
