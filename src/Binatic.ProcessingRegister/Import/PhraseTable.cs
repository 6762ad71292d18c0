using Binatic.ProcessingRegister.Facts;
namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// Phrases and what they mean, found in a cell's tokens: the one mechanism behind every recogniser, so each recogniser
/// is a table. A phrase is folded words separated by spaces ("uitvoering van een overeenkomst"); a word ending in
/// <c>*</c> matches every word that starts with it, and one starting with <c>*</c> every word that ends with it, for
/// Dutch compounds ("gezondheid*" finds "gezondheidsgegevens", "*wet" finds "Gemeentewet").
/// At each position the longest phrase wins, and matches do not overlap.
/// </summary>
/// <typeparam name="T">What the phrases mean.</typeparam>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> byFirstWord = new(StringComparer.Ordinal);
    private readonly List<(string[] Words, T Value)> startingWithStem = [];

    /// <summary>Initializes a new instance of the <see cref="PhraseTable{T}"/> class.</summary>
    /// <param name="phrases">The phrases and their meanings; a phrase may appear once, and is folded as the tokens are.</param>
    /// <exception cref="ArgumentException">A phrase appears twice.</exception>
    public PhraseTable(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (phrase, value) in phrases)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Folding.Fold).ToArray();
            if (words.Length == 0 || !seen.Add(string.Join(' ', words)))
            {
                throw new ArgumentException($"The phrase '{phrase}' is empty or appears twice.", nameof(phrases));
            }

            Phrases.Add((string.Join(' ', words), value));
            if (words[0].EndsWith('*') || words[0].StartsWith('*'))
            {
                startingWithStem.Add((words, value));
            }
            else
            {
                if (!byFirstWord.TryGetValue(words[0], out var list))
                {
                    byFirstWord[words[0]] = list = [];
                }

                list.Add((words, value));
            }
        }
    }

    /// <summary>Gets the phrases, as the table holds them.</summary>
    public List<(string Phrase, T Value)> Phrases { get; } = [];

    /// <summary>Finds the phrases in <paramref name="tokens"/>, longest first at each position, without overlap.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <returns>The matches, in order.</returns>
    public List<PhraseMatch<T>> Matches(IReadOnlyList<Token> tokens)
    {
        var matches = new List<PhraseMatch<T>>();
        var position = 0;
        while (position < tokens.Count)
        {
            var best = Longest(tokens, position);
            if (best is { } match)
            {
                matches.Add(match);
                position += match.Count;
            }
            else
            {
                position++;
            }
        }

        return matches;
    }

    /// <summary>Gets the distinct meanings of the phrases in <paramref name="text"/>, in the order first found.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The meanings.</returns>
    public List<T> Values(string text) => [.. Matches(Tokens.Of(text)).Select(m => m.Value).Distinct()];

    /// <summary>Gets the longest phrase that starts at <paramref name="position"/>.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="position">Where the phrase must start.</param>
    /// <returns>The match, or <see langword="null"/>.</returns>
    public PhraseMatch<T>? Longest(IReadOnlyList<Token> tokens, int position)
    {
        PhraseMatch<T>? best = null;
        var candidates = byFirstWord.TryGetValue(tokens[position].Text, out var list)
            ? list.Concat(startingWithStem)
            : startingWithStem;
        foreach (var (words, value) in candidates)
        {
            if ((best is null || words.Length > best.Value.Count) && MatchesAt(tokens, position, words))
            {
                best = new PhraseMatch<T>(position, words.Length, value);
            }
        }

        return best;
    }

    private static bool MatchesAt(IReadOnlyList<Token> tokens, int position, string[] words)
    {
        if (position + words.Length > tokens.Count)
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var token = tokens[position + i].Text;
            var matches = word.EndsWith('*') ? token.StartsWith(word.AsSpan(0, word.Length - 1), StringComparison.Ordinal)
                : word.StartsWith('*') ? token.EndsWith(word.AsSpan(1), StringComparison.Ordinal)
                : string.Equals(token, word, StringComparison.Ordinal);
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }
}
