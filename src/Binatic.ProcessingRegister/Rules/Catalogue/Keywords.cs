using System.Text;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// Keyword matching for the rules that read free text (purposes, interests, sources, laws): case-insensitive and
/// culture-invariant (ordinal), with runs of white space (as YAML folding leaves them) read as one space. Keywords
/// match inside words, so that Dutch compounds (<c>marketingdoeleinden</c>) are found; each rule chooses its
/// keywords with that in mind.
/// </summary>
internal static class Keywords
{
    /// <summary>Gets a value indicating whether <paramref name="text"/> contains one of <paramref name="keywords"/>.</summary>
    public static bool Mentions(string? text, IReadOnlyList<string> keywords)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalised = CollapseWhiteSpace(text);
        return keywords.Any(keyword => normalised.Contains(keyword, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Gets the keywords of <paramref name="keywords"/> that occur in <paramref name="text"/>: case-insensitive and
    /// culture-invariant (ordinal), with runs of white space (as YAML folding leaves them) read as one space.
    /// </summary>
    public static IEnumerable<Keyword> Matches(string? text, IEnumerable<Keyword> keywords)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        var normalised = CollapseWhiteSpace(text);
        foreach (var keyword in keywords)
        {
            if (keyword.Occurs(normalised))
            {
                yield return keyword;
            }
        }
    }

    private static string CollapseWhiteSpace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var previousWasSpace = false;
        foreach (var character in text)
        {
            var isSpace = char.IsWhiteSpace(character);
            if (!isSpace || !previousWasSpace)
            {
                builder.Append(isSpace ? ' ' : character);
            }

            previousWasSpace = isSpace;
        }

        return builder.ToString();
    }
}
