using System.Globalization;
using System.Text;

namespace Binatic.ProcessingRegister.Diagnostics;

/// <summary>
/// Shows the characters of register text that a reader cannot see as their code, <c>\uXXXX</c>, so that text quoted
/// in a finding can neither act on the terminal or log it is printed to nor hide what it says.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Diagnostic.Message"/> has already been through <see cref="Show"/>; a file name, a
/// <see cref="Diagnostic.File"/>, or any text of the register itself (a name, a purpose) has not. A formatter that
/// prints such text, to a terminal, a CI log or an annotation, shows it through <see cref="Show"/> first: a register's
/// YAML escapes let a name hold a terminal escape (ESC, U+001B) that would colour or clear the screen, or a
/// bidirectional override (U+202E) that would make <c>invoice.yaml</c> read as something else.
/// </para>
/// <para>
/// The codes are the same as in C# and JSON string literals, so a reader can tell exactly which character was there.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// VisibleText.Show("Newsletter")              // Newsletter (the same string)
/// VisibleText.Show("line one\nline two")      // line one\nline two, on one line
/// VisibleText.Show("report\u202Efdp.exe")     // report\u202Efdp.exe, not "reportexe.pdf"
/// VisibleText.Show("\u001B[31mred")           // \u001B[31mred, without turning the terminal red
/// VisibleText.Show("Zoë, 東京")               // Zoë, 東京 (visible letters are kept)
/// </code>
/// </example>
public static class VisibleText
{
    /// <summary>
    /// Gets <paramref name="text"/> with every invisible character shown as its code: line breaks and tabs as
    /// <c>\n</c>, <c>\r</c> and <c>\t</c>, other control characters (ESC, BEL, DEL, C1 such as U+009B), format
    /// characters (bidirectional controls such as U+202E and U+2066, zero-width characters such as U+200B and U+FEFF),
    /// line and paragraph separators and lone surrogates as <c>\uXXXX</c>. Accented and non-Latin letters, emoji, and
    /// every other visible character, are kept as they are.
    /// </summary>
    /// <remarks>
    /// A backslash in <paramref name="text"/> is kept as it is, so <c>\u202E</c> typed as six characters and U+202E
    /// itself are shown alike; the point is that nothing is hidden, not that the text can be read back.
    /// </remarks>
    /// <param name="text">Text that may come from a register or a file name.</param>
    /// <returns>The text on one line, with nothing invisible in it; <paramref name="text"/> itself when it has nothing to show.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Show(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
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
    internal static bool IsInvisibleAt(string text, int index)
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
    internal static StringBuilder AppendCode(StringBuilder builder, char c) => c switch
    {
        '\n' => builder.Append("\\n"),
        '\r' => builder.Append("\\r"),
        '\t' => builder.Append("\\t"),
        _ => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
    };
}
