using System.Globalization;
using System.Text;

namespace Binatic.ProcessingRegister.Diagnostics;

/// <summary>
/// Shows the characters of register text that a reader cannot see as their code, <c>\uXXXX</c>, so that text quoted
/// in a finding can neither act on the terminal or log it is printed to nor hide what it says. It lives beside
/// <see cref="Diagnostic"/> because every stage reports through it; the parser's quoting builds on it.
/// </summary>
internal static class VisibleText
{
    /// <summary>
    /// Gets <paramref name="text"/> with every invisible character shown as its code: line breaks and tabs as
    /// <c>\n</c>, <c>\r</c> and <c>\t</c>, other control characters (ESC, BEL, DEL, C1 such as U+009B), format
    /// characters (bidirectional controls such as U+202E and U+2066, zero-width characters such as U+200B and U+FEFF),
    /// line and paragraph separators and lone surrogates as <c>\uXXXX</c>. Accented and non-Latin letters, and every
    /// other visible character, are kept as they are.
    /// </summary>
    /// <param name="text">Text that may come from a register or a file name.</param>
    /// <returns>The text on one line, with nothing invisible in it; <paramref name="text"/> itself when it has nothing to show.</returns>
    public static string Show(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsInvisibleAt(text, i))
            {
                AppendCode(builder ??= new StringBuilder(text.Length + 16).Append(text, 0, i), text[i]);
            }
            else
            {
                builder?.Append(text[i]);
            }
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>Gets a value indicating whether the character at <paramref name="index"/> is one <see cref="Show"/> writes as its code.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">The position of the character.</param>
    /// <returns><see langword="true"/> for control, format and separator characters and for surrogates that are not half of a pair.</returns>
    public static bool IsInvisibleAt(string text, int index)
    {
        var c = text[index];
        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
            UnicodeCategory.Surrogate => char.IsHighSurrogate(c)
                ? index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1])
                : index == 0 || !char.IsHighSurrogate(text[index - 1]),
            _ => false,
        };
    }

    /// <summary>Appends the code of <paramref name="c"/>: <c>\n</c>, <c>\r</c> and <c>\t</c>, else <c>\uXXXX</c>.</summary>
    /// <param name="builder">Where the code goes.</param>
    /// <param name="c">The character.</param>
    /// <returns><paramref name="builder"/>.</returns>
    public static StringBuilder AppendCode(StringBuilder builder, char c) => c switch
    {
        '\n' => builder.Append("\\n"),
        '\r' => builder.Append("\\r"),
        '\t' => builder.Append("\\t"),
        _ => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
    };
}
