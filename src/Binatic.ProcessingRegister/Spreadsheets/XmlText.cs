using System.Text;

namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>Text made fit for an XML document.</summary>
internal static class XmlText
{
    /// <summary>
    /// Leaves out the characters XML 1.0 cannot hold: control characters other than tab, line feed and carriage
    /// return, U+FFFE and U+FFFF, and halves of surrogate pairs without their other half.
    /// </summary>
    /// <remarks>
    /// A register is hostile input too, and its text may hold such a character (pasted from another program, or a
    /// YAML escape such as <c>"\u0007"</c>); the XML writer under the Open XML SDK throws on it, and XML has no escape for
    /// it (<c>&amp;#7;</c> is not allowed either). Dropping it writes the rest of the cell, which is what a reader of
    /// the sheet can see anyway, instead of failing the whole export.
    /// </remarks>
    /// <param name="text">The text.</param>
    /// <returns><paramref name="text"/> itself when it holds no such character; otherwise a copy without them.</returns>
    public static string Clean(string text)
    {
        var first = FirstInvalid(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var index = first; index < text.Length; index++)
        {
            var character = text[index];
            if (char.IsHighSurrogate(character) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                builder.Append(character).Append(text[index + 1]);
                index++;
            }
            else if (IsAllowedAlone(character))
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (char.IsHighSurrogate(character) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
            }
            else if (!IsAllowedAlone(character))
            {
                return index;
            }
        }

        return -1;
    }

    private static bool IsAllowedAlone(char character) =>
        character is '\t' or '\n' or '\r' || (character >= ' ' && !char.IsSurrogate(character) && character is not '\uFFFE' and not '\uFFFF');
}
