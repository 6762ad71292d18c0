using System.Text;

namespace Binatic.ProcessingRegister.Facts;

/// <summary>
/// Lower case without diacritics, so that "Belgïe", "België" and "belgie" compare equal: how the import recognises
/// names in a spreadsheet and the notice check finds the register's words in a notice. A table and not
/// <see cref="string.Normalize()"/>: the library runs with invariant globalization, and a table keeps the result the
/// same on every platform; it covers Latin-1 and Latin Extended-A, which hold every letter of the languages of the
/// EEA written in Latin script.
/// </summary>
internal static class Folding
{
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňŉòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private const string Plain = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";

    /// <summary>Folds one character: lower case, diacritics removed; letters that are two in ASCII become two.</summary>
    /// <param name="c">The character.</param>
    /// <param name="into">Where the folded text goes.</param>
    public static void Append(char c, StringBuilder into)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower < 'ß')
        {
            into.Append(lower);
            return;
        }

        var at = Accented.IndexOf(lower, StringComparison.Ordinal);
        if (at >= 0)
        {
            into.Append(Plain[at]);
            return;
        }

        into.Append(lower switch
        {
            'ß' => "ss",
            'æ' => "ae",
            'œ' => "oe",
            'ĳ' => "ij",
            'þ' => "th",
            'ð' => "d",
            _ => lower.ToString(),
        });
    }

    /// <summary>Folds a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text in lower case without diacritics.</returns>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            Append(c, builder);
        }

        return builder.ToString();
    }
}
