using System.Buffers;
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
    // Every character char.IsWhiteSpace accepts except the plain space, which needs no rewriting on its own.
    private static readonly SearchValues<char> OtherWhiteSpace = SearchValues.Create(
        [.. Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(code => (char)code).Where(c => c != ' ' && char.IsWhiteSpace(c))]);

    /// <summary>Gets a value indicating whether <paramref name="text"/> contains one of <paramref name="keywords"/>.</summary>
    public static bool Mentions(string? text, KeywordSet keywords) =>
        !string.IsNullOrWhiteSpace(text) && keywords.AnyIn(CollapseWhiteSpace(text));

    /// <summary>
    /// Gets the keywords of <paramref name="keywords"/> that occur in <paramref name="text"/>: case-insensitive and
    /// culture-invariant (ordinal), with runs of white space (as YAML folding leaves them) read as one space.
    /// </summary>
    public static IEnumerable<Keyword> Matches(string? text, KeywordSet keywords) =>
        string.IsNullOrWhiteSpace(text) ? [] : keywords.In(CollapseWhiteSpace(text));

    private static string CollapseWhiteSpace(string text)
    {
        // Most text is already in that form, and ASCII; reading it costs a vectorised pass, rewriting it a new string.
        var span = text.AsSpan();
        var ascii = Ascii.IsValid(span);
        if ((ascii ? span.IndexOfAnyInRange('\t', '\r') : span.IndexOfAny(OtherWhiteSpace)) < 0 && !span.Contains("  ", StringComparison.Ordinal))
        {
            return text;
        }

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
