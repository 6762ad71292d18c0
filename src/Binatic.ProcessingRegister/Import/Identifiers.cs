using System.Globalization;
using System.Text;

namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// Makes register ids from names, as the schema's <c>id</c> wants them (<c>^[a-z][a-z0-9]*(-[a-z0-9]+)*$</c>, at most
/// 64 characters): "Naam, adres en woonplaats" becomes <c>naam-adres-en-woonplaats</c>.
/// </summary>
internal static class Identifiers
{
    // Long enough to tell names apart, short enough to read and type; cut at a word boundary.
    private const int LongestBase = 40;

    // What an id starts with when the name starts with a digit or has no Latin letters or digits at all.
    private const string Fallback = "id";

    /// <summary>
    /// Makes an id from <paramref name="name"/>: lower case, diacritics removed, every run of other characters one
    /// <c>-</c>, cut at a word boundary, and unique against <paramref name="taken"/> by <c>-2</c>, <c>-3</c>; the same
    /// name and the same taken ids give the same id. The id is added to <paramref name="taken"/>.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="taken">The ids already in use; the new id is added.</param>
    /// <returns>The id.</returns>
    public static string FromName(string name, ISet<string> taken)
    {
        var id = Base(name);
        var candidate = id;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = id + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        taken.Add(candidate);
        return candidate;
    }

    private static string Base(string name)
    {
        var words = new List<string>();
        var length = 0;
        foreach (var token in Tokens.Of(name))
        {
            var word = new StringBuilder();
            foreach (var c in token.Text)
            {
                if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
                {
                    word.Append(c);
                }
            }

            if (word.Length == 0)
            {
                continue;
            }

            var text = word.ToString();
            if (words.Count > 0 && length + 1 + text.Length > LongestBase)
            {
                break;
            }

            words.Add(text.Length > LongestBase ? text[..LongestBase] : text);
            length += (words.Count > 1 ? 1 : 0) + words[^1].Length;
        }

        if (words.Count == 0)
        {
            return Fallback;
        }

        var id = string.Join('-', words);
        return char.IsAsciiLetterLower(id[0]) ? id : Fallback + "-" + id;
    }
}
