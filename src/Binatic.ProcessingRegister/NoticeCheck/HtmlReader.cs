using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace Binatic.ProcessingRegister.NoticeCheck;

/// <summary>
/// Reads an HTML notice as text with AngleSharp's tokenizer (the HTML standard's tokenization), without building a
/// document: a web page is hostile input, so nothing is fetched, no script runs, and no nesting, however deep, costs
/// more than a counter. Block elements (<c>p</c>, <c>div</c>, <c>li</c>, <c>h1</c>–<c>h6</c>, <c>br</c>, table cells) end a
/// passage; <c>li</c> starts a list item and <c>h1</c>–<c>h6</c> a heading; the content of <c>script</c>, <c>style</c>,
/// <c>template</c>, <c>noscript</c>, <c>svg</c>, <c>head</c> and comments is skipped; attributes are ignored; character
/// references are decoded by the tokenizer. Each character keeps its offset in the source.
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

    // The tree builder tells the tokenizer which elements hold text that is not markup; without a tree builder the
    // reader does it, as the HTML standard's tree construction does on their start tags.
    private static readonly Dictionary<string, HtmlParseMode> TextModes = new(StringComparer.Ordinal)
    {
        ["script"] = HtmlParseMode.Script,
        ["style"] = HtmlParseMode.Rawtext,
        ["xmp"] = HtmlParseMode.Rawtext,
        ["iframe"] = HtmlParseMode.Rawtext,
        ["noembed"] = HtmlParseMode.Rawtext,
        ["noframes"] = HtmlParseMode.Rawtext,
        ["noscript"] = HtmlParseMode.Rawtext,
        ["title"] = HtmlParseMode.RCData,
        ["textarea"] = HtmlParseMode.RCData,
        ["plaintext"] = HtmlParseMode.Plaintext,
    };

    public static void Read(string text, PassageBuilder passages)
    {
        var list = Read(text, 0, text.Length, passages, -1);
        passages.Flush(PassageKind.Paragraph, list < 0 ? 0 : list);
    }

    /// <summary>
    /// Reads the HTML in <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> (a whole page, or
    /// an HTML block of a Markdown notice) into <paramref name="passages"/>, numbering its lists on from
    /// <paramref name="list"/>; the last passage is flushed as a paragraph.
    /// </summary>
    /// <returns>The number of the last list read.</returns>
    public static int Read(string text, int start, int end, PassageBuilder passages, int list)
    {
        var kind = PassageKind.Paragraph;
        var source = start == 0 && end == text.Length ? text : text[start..end];
        using var tokenizer = new HtmlTokenizer(new TextSource(source), HtmlEntityProvider.Resolver)
        {
            SkipComments = true,
            SkipScriptText = true,
            SkipRawText = true,

            // Attributes are not read; not keeping them also spares the tokenizer's check for duplicates, whose cost
            // grows with the square of their number in one tag.
            ShouldEmitAttribute = static (ref StructHtmlToken _, ReadOnlyMemory<char> _) => false,
        };

        string? skipping = null;
        var depth = 0;
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type == HtmlTokenType.Character)
            {
                if (skipping is null && !string.IsNullOrEmpty(token.Data))
                {
                    Text(text, start + token.Position.Index, token.Data, passages);
                }

                continue;
            }

            if (token is not HtmlTagToken tag)
            {
                continue;
            }

            var name = tag.Name;
            var isEnd = tag.Type == HtmlTokenType.EndTag;
            if (!isEnd && TextModes.TryGetValue(name, out var mode))
            {
                tokenizer.State = mode;
            }

            if (skipping is not null)
            {
                if (name == skipping)
                {
                    depth += isEnd ? -1 : 1;
                    skipping = depth == 0 ? null : skipping;
                }
                else if (skipping == "head" && !isEnd && name == "body")
                {
                    // The end tag of head may be left out; the body starts where its start tag is.
                    skipping = null;
                }

                continue;
            }

            if (!isEnd && Skipped.Contains(name) && (!tag.IsSelfClosing || TextModes.ContainsKey(name)))
            {
                (skipping, depth) = (name, 1);
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

            // An inline element separates words only where the source had space; keep none.
        }

        passages.Flush(kind, list);
        return list;
    }

    /// <summary>
    /// Appends the text of a character token, as the tokenizer decoded it, with the source offset of each character.
    /// A token carries only where it starts; its text differs from the source only where a character reference was
    /// decoded (each character it gives is placed at its ampersand), a CR LF or CR became LF, or a NUL was dropped, so
    /// the two are walked side by side from there.
    /// </summary>
    private static void Text(string text, int offset, string data, PassageBuilder passages)
    {
        var i = offset;
        var j = 0;
        while (j < data.Length)
        {
            var c = data[j];
            var at = Math.Min(i, text.Length - 1);
            if (i < text.Length && text[i] == c && c != '&')
            {
                i++;
                j++;
            }
            else if (i < text.Length && text[i] == '\r' && c == '\n')
            {
                i += i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                j++;
            }
            else if (i < text.Length && text[i] == '\0')
            {
                i++;
                continue;
            }
            else if (i < text.Length && text[i] == '&' && Reference(text, i, data, j) is { } reference)
            {
                foreach (var decoded in data.AsSpan(j, reference.Decoded))
                {
                    passages.Append(decoded is '\u00a0' ? ' ' : decoded, i);
                }

                i += reference.Length;
                j += reference.Decoded;
                continue;
            }
            else
            {
                // A literal ampersand, or a difference the walk does not foresee: keep the character at the place
                // reached and go on, so the text is whole and the offsets stay near.
                i += i < text.Length && text[i] == c ? 1 : 0;
                j++;
            }

            passages.Append(c is '\n' or '\r' or '\t' or '\u00a0' ? ' ' : c, at);
        }
    }

    /// <summary>
    /// Gets the length in the source of the character reference the tokenizer decoded at <paramref name="i"/>, by the
    /// rules it follows (a number, or the longest name in its table of entities, with or without a semicolon), and how
    /// many characters of <paramref name="data"/> it gave; null where the ampersand was left as it is.
    /// </summary>
    private static (int Length, int Decoded)? Reference(string text, int i, string data, int j)
    {
        var n = i + 1;
        if (n < text.Length && text[n] == '#')
        {
            n++;
            var hex = n < text.Length && text[n] is 'x' or 'X';
            n += hex ? 1 : 0;
            var digits = n;
            while (n < text.Length && (hex ? char.IsAsciiHexDigit(text[n]) : char.IsAsciiDigit(text[n])))
            {
                n++;
            }

            if (n == digits)
            {
                return null;
            }

            n += n < text.Length && text[n] == ';' ? 1 : 0;
            return (n - i, char.IsHighSurrogate(data[j]) && j + 1 < data.Length ? 2 : 1);
        }

        var nameEnd = n;
        while (nameEnd < text.Length && nameEnd - n < 31 && text[nameEnd].IsName())
        {
            nameEnd++;
        }

        if (nameEnd < text.Length && text[nameEnd] == ';' && Symbol(text[n..(nameEnd + 1)], data, j) is { } terminated)
        {
            return (nameEnd + 1 - i, terminated);
        }

        for (var length = nameEnd - n; length > 0; length--)
        {
            if (Symbol(text.Substring(n, length), data, j) is { } decoded)
            {
                return (length + 1, decoded);
            }
        }

        return null;
    }

    private static int? Symbol(string name, string data, int j) =>
        HtmlEntityProvider.Resolver.GetSymbol(name) is { Length: > 0 } symbol && data.AsSpan(j).StartsWith(symbol, StringComparison.Ordinal) ? symbol.Length : null;
}
