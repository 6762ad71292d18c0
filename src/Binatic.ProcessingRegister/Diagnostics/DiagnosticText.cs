using System.Globalization;
using System.Text;

namespace Binatic.ProcessingRegister.Diagnostics;

/// <summary>Shows text from the user's file inside a one-line message.</summary>
internal static class DiagnosticText
{
    private const int MaxShown = 40;

    /// <summary>
    /// Quotes <paramref name="text"/> in single quotes, escaping line breaks and tabs so the message stays on one
    /// line, and shortening long text so a huge value cannot swamp the output. Characters a reader cannot see or
    /// tell apart are shown as <c>\uXXXX</c>: control and format characters (zero-width spaces, bidirectional
    /// overrides), unusual spaces, and non-Latin letters in text that also holds ASCII letters, such as a Cyrillic
    /// <c>а</c> in <c>klanten</c>, so a message never shows a look-alike id as if it were the real one.
    /// </summary>
    public static string Quote(string text)
    {
        var shown = text.Length > MaxShown ? string.Concat(text.AsSpan(0, MaxShown), "…") : text;
        var builder = new StringBuilder(shown.Length + 2).Append('\'');
        var mixesScripts = shown.Any(char.IsAsciiLetter);
        foreach (var c in shown)
        {
            _ = IsDeceptive(c, mixesScripts) ? VisibleText.AppendCode(builder, c) : builder.Append(c);
        }

        return builder.Append('\'').ToString();
    }

    private static bool IsDeceptive(char c, bool mixesScripts) =>
        char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned => true,
            UnicodeCategory.SpaceSeparator => c != ' ',

            // Latin letters with accents (up to Latin Extended-B) are ordinary Dutch and English text.
            _ => mixesScripts && c > '\u024F' && char.IsLetter(c),
        };
}
