using System.Buffers;
using System.Text;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// Keyword matching for the rules that read free text (purposes, interests, sources, laws): case-insensitive and
/// culture-invariant (ordinal), with runs of white space (as YAML folding leaves them) read as one space. A keyword
/// matches a whole word unless it is declared a stem (<see cref="KeywordMatch.WordStart"/>, for inflections and
/// compounds that start with it, such as <c>marketingdoeleinden</c>) or a word that keeps its meaning inside compounds
/// (<see cref="KeywordMatch.InsideWords"/>, such as <c>e-mailnieuwsbrief</c>), so that the Dutch compounds that mean
/// something else (<c>reclamebelasting</c>, <c>allocatie</c>) are not read as the keyword. Each rule chooses its
/// keywords, their match and their exceptions (<see cref="Keyword.Except"/>) with care, and its tests list the texts
/// it must and must not match.
/// </summary>
internal static class Keywords
{
    /// <summary>
    /// Every character <see cref="char.IsWhiteSpace(char)"/> accepts except the plain space, which needs no rewriting
    /// on its own. Written out rather than found by testing all 65,536 characters, which took about 8 ms at every
    /// start of the tool; a test checks the two agree.
    /// </summary>
    internal const string OtherWhiteSpaceCharacters =
        "\t\n\u000B\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    private static readonly SearchValues<char> OtherWhiteSpace = SearchValues.Create(OtherWhiteSpaceCharacters);

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
