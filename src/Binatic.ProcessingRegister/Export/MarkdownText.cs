using System.Text;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// The one way text from a register enters a Markdown document. Register text is written by people, and a
/// document handed to a supervisory authority must show it as written, never let it add HTML, links, images,
/// headings, lists or table cells of its own.
/// </summary>
internal static class MarkdownText
{
    /// <summary>
    /// Escapes <paramref name="text"/> so that it renders as the same text, on one line, wherever the exporter puts
    /// it: in a heading, a paragraph, a list item or a table cell.
    /// </summary>
    public static string Escape(string text)
    {
        var line = OneLine(text);
        var escaped = new StringBuilder(line.Length + 16);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsControl(c))
            {
                // A control character (a NUL or a terminal escape written as "\u001b" in a quoted value) cannot be
                // shown, and printed to a terminal it could rewrite the screen; the replacement character shows
                // that something was there, as CommonMark does for NUL.
                escaped.Append('\uFFFD');
                continue;
            }

            if (c is '{' or '}')
            {
                // Markdig's attribute extension reads "{...}" at the end of a heading line before escapes are
                // resolved, so "\{" would still set attributes such as onclick; a character reference never does.
                escaped.Append(c == '{' ? "&#123;" : "&#125;");
                continue;
            }

            if (NeedsEscape(line, i))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    // A line break inside a table cell would end the row, and one inside a paragraph or list item could start a
    // heading, a list or a quote on the next line; <br> would be HTML. Markdown renders a soft break as a space,
    // so a space is what the reader would have seen anyway.
    private static string OneLine(string text)
    {
        var line = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsBreakingWhiteSpace(c))
            {
                pendingSpace = line.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                line.Append(' ');
                pendingSpace = false;
            }

            line.Append(c);
        }

        return line.ToString();
    }

    // No-break spaces are kept: they are part of what was written, such as "2583 CM", and start no syntax.
    private static bool IsBreakingWhiteSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' or '\u0085' or '\u2028' or '\u2029';

    private static bool NeedsEscape(string line, int i) => line[i] switch
    {
        // Backslash first, so that the text cannot undo an escape; the rest start HTML (< > &), emphasis and code
        // (* _ ` ~), links, images and footnotes (the brackets: with them escaped, ! and ( ) cannot form a link or
        // an image), table cells (|) and maths ($, rendered by GitHub).
        '\\' or '<' or '>' or '&' or '*' or '_' or '`' or '~' or '[' or ']' or '|' or '$' => true,

        // A run of # followed by a space or the end: at the start a heading, after a space the closing sequence of a
        // heading, which would be dropped. "#5" or "C#" is left alone.
        '#' => (i == 0 || line[i - 1] == ' ') && EndsMarker(line, EndOfRun(line, i)),

        // At the start of a list item or paragraph: a list ("- ", "+ "), a thematic break ("---"), a grid table
        // ("+--"). "+31 30 123 4567" or "-5" is left alone.
        '-' or '+' when i == 0 => EndsMarker(line, i + 1) || line[i + 1] is '-' or '+',

        // At the start: a definition, a custom container, a setext underline, a figure or a footer. All rare, so
        // always escaped.
        ':' or '=' or '^' when i == 0 => true,

        // A scheme such as http: or javascript: followed by more text becomes a link through autolinking.
        ':' => char.IsAsciiLetter(line[i - 1]) && i + 1 < line.Length && line[i + 1] != ' ',

        // "www." becomes a link through autolinking too.
        '.' when StartsWithWww(line, i - 3) => true,

        // "1. " or "1) " at the start begins an ordered list; "2.1" does not.
        '.' or ')' => i > 0 && !line.AsSpan(0, i).ContainsAnyExceptInRange('0', '9') && EndsMarker(line, i + 1),

        _ => false,
    };

    private static bool StartsWithWww(string line, int start) =>
        start >= 0
        && line.AsSpan(start, 3).Equals("www", StringComparison.OrdinalIgnoreCase)
        && (start == 0 || !char.IsLetterOrDigit(line[start - 1]));

    // A block marker counts only when a space or the end of the text follows it.
    private static bool EndsMarker(string line, int next) => next >= line.Length || line[next] == ' ';

    private static int EndOfRun(string line, int start)
    {
        var length = line.AsSpan(start).IndexOfAnyExcept(line[start]);
        return length < 0 ? line.Length : start + length;
    }
}
