using System.Text;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// Register text as a data map's label: every run of white space and control characters (a newline, a tab) becomes
/// one space, so that no line break of the register's can end a label, and each other character is written by the
/// map format's own escaping.
/// </summary>
internal static class MapText
{
    /// <summary>Writes <paramref name="text"/> on one line, each character but white space through <paramref name="write"/>.</summary>
    public static string OnOneLine(string text, Action<StringBuilder, Rune> write)
    {
        var escaped = new StringBuilder(text.Length + 2);
        var space = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
            {
                space = escaped.Length > 0;
                continue;
            }

            if (space)
            {
                escaped.Append(' ');
                space = false;
            }

            write(escaped, rune);
        }

        return escaped.ToString();
    }
}
