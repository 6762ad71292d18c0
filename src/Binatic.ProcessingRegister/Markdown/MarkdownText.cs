using System.Text;
using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Markdown;

/// <summary>
/// The one way text from a register enters a Markdown document. Register text is written by people, and a
/// document handed to a supervisory authority must show it as written, never let it add HTML, links, images,
/// headings, lists or table cells of its own.
/// </summary>
/// <remarks>
/// <para>
/// Characters a reader cannot see are shown as their code, such as <c>\u202E</c>: control characters (a terminal
/// escape written as <c>"\e"</c> in a quoted value), bidirectional controls, which would reorder the text around them
/// so that it reads as something else, and zero-width characters, which would hide a difference between two names.
/// </para>
/// <para>
/// E-mail addresses are left as written, in a contact field and in running text alike, so GitHub and other GFM
/// renderers may show them as <c>mailto:</c> links. Such a link goes to exactly the address the reader sees, and it is
/// the one link no escape can stop: GitHub finds addresses after escapes and character references are resolved
/// (github/cmark-gfm#278), so only a zero-width character (which breaks copying the address) or a code span (which
/// changes how it looks) would keep one plain. Links whose target the reader does not see (<c>[text](url)</c>,
/// <c>&lt;url&gt;</c>, a bare <c>www.</c> or <c>scheme:</c>) are escaped.
/// </para>
/// </remarks>
internal static class MarkdownText
{
    // A zero-width space written as a character reference: GitHub's mention and reference filters, which read the
    // rendered text, no longer see "@name" or "#123", while the reader sees the text unchanged; written as a reference,
    // the Markdown source holds no invisible character of its own.
    private const string ZeroWidthSpace = "&#8203;";

    /// <summary>
    /// Escapes <paramref name="text"/> so that it renders as the same text, on one line, wherever the exporter puts
    /// it: in a heading, a paragraph, a list item or a table cell.
    /// </summary>
    public static string Escape(string text) => Written(text, inConversation: false);

    /// <summary>
    /// Escapes <paramref name="text"/> as <see cref="Escape"/> does, for a comment in a GitHub conversation (a
    /// pull request or an issue), where GitHub also turns <c>@name</c> and <c>@org/team</c> into mentions that notify
    /// people, and <c>#123</c>, <c>owner/repo#123</c> and <c>GH-123</c> into references that link to (and show up in)
    /// other issues. A zero-width space after the <c>@</c>, the <c>#</c> or <c>GH-</c> keeps them plain text.
    /// </summary>
    /// <remarks>
    /// GitHub finds mentions and references in the rendered HTML, after Markdown escapes and character references are
    /// resolved, so <c>\@name</c> and <c>&amp;#64;name</c> still notify (github/markup#1168, github/cmark-gfm#181);
    /// a code span or a zero-width character between the sign and the name are what it leaves alone, and a code span
    /// would change how the text looks. In a repository's files GitHub makes no references, so the exported document
    /// does not need this.
    /// </remarks>
    public static string EscapeInConversation(string text) => Written(text, inConversation: true);

    private static string Written(string text, bool inConversation)
    {
        var line = OneLine(text);
        var escaped = new StringBuilder(line.Length + 16);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (VisibleText.IsInvisibleAt(line, i))
            {
                // The code's backslash is escaped, so the code reads as written and escapes nothing after it.
                VisibleText.AppendCode(escaped.Append('\\'), c);
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
            if (inConversation && StartsReference(line, i))
            {
                escaped.Append(ZeroWidthSpace);
            }
        }

        return escaped.ToString();
    }

    // As GitHub reads them: "@" and a letter or digit, unless an ASCII word character comes before it (as in an
    // e-mail address); "#" and a digit; "GH-" and a digit at the start of a word.
    private static bool StartsReference(string line, int i)
    {
        var next = i + 1 < line.Length ? line[i + 1] : ' ';
        return line[i] switch
        {
            '@' => char.IsAsciiLetterOrDigit(next) && (i == 0 || !IsAsciiWordCharacter(line[i - 1])),
            '#' => char.IsAsciiDigit(next),
            '-' => char.IsAsciiDigit(next) && i >= 2 && line.AsSpan(i - 2, 2).Equals("GH", StringComparison.OrdinalIgnoreCase)
                && (i == 2 || !IsAsciiWordCharacter(line[i - 3])),
            _ => false,
        };
    }

    private static bool IsAsciiWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

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

        // Markdig's extensions, which read more than GitHub does: a caret starts a superscript ("x^2^"), and two colons,
        // equals signs or plus signs an inline container, a mark or an insertion ("::a::", "==a==", "++a++"). One field
        // rarely pairs them, but two fields the exporter writes side by side can ("a ::" and ":: b").
        '^' => true,
        ':' or '=' or '+' when IsDoubled(line, i) => true,

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

    private static bool IsDoubled(string line, int i) =>
        (i > 0 && line[i - 1] == line[i]) || (i + 1 < line.Length && line[i + 1] == line[i]);

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
