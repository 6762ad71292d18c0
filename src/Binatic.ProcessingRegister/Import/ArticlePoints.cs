namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// Finds the points of an article of the GDPR as officers cite them, over tokens: "6(1)(b)", "6.1.f", "6 lid 1 sub e",
/// "6, eerste lid, onder c", "6 lid 1, aanhef en onder e", "6, paragraphe 1, point c", "6 § 1 c". Punctuation is gone
/// from the tokens already, so only the words between the numbers need a table.
/// </summary>
internal static class ArticlePoints
{
    // Words that may stand between the article, its paragraph and its point; skipped, a few at most.
    private static readonly HashSet<string> Fillers = new(JoiningWords.And, StringComparer.Ordinal)
    {
        "lid", "paragraph", "paragraphe", "para", "par", "al", "alinea", "aanhef",
    };

    // "jo." (juncto) joins articles cited together in Dutch: "art. 6 lid 1 sub c jo. art. 9".

    // Words that announce a point ("sub e", "onder c", "point f"): with one of them, the paragraph may go unsaid.
    private static readonly HashSet<string> PointWords = new(StringComparer.Ordinal)
    {
        "sub", "onder", "point", "points", "punt", "sous", "under", "letter", "lettre", "lit", "littera",
    };

    private static readonly HashSet<string> Conjunctions = new(JoiningWords.And.Concat(JoiningWords.Or).Append("jo"), StringComparer.Ordinal);

    private static readonly HashSet<string> ArticleWords = new(StringComparer.Ordinal)
    {
        "art", "artt", "arts", "article", "articles", "artikel", "artikelen",
    };

    private static readonly string[][] ParagraphWords =
    [
        [],
        ["1", "eerste", "first", "1st", "premier", "1er"],
        ["2", "tweede", "second", "2nd", "deuxieme", "2e", "2eme"],
    ];

    private const int MostFillers = 4;

    /// <summary>Finds the points cited of <paramref name="article"/>(<paramref name="paragraph"/>).</summary>
    /// <param name="tokens">The tokens of the text.</param>
    /// <param name="article">The article's number, such as <c>"6"</c>.</param>
    /// <param name="paragraph">The paragraph's number, 1 or 2.</param>
    /// <returns>The points' letters, in order, possibly repeated; empty when the text cites none.</returns>
    public static List<char> Find(IReadOnlyList<Token> tokens, string article, int paragraph)
    {
        var points = new List<char>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (string.Equals(tokens[i].Text, article, StringComparison.Ordinal))
            {
                points.AddRange(PointsAfter(tokens, i + 1, ParagraphWords[paragraph]));
            }
        }

        return points;
    }

    /// <summary>Gets a value indicating whether the text cites <paramref name="article"/> itself ("art. 45"), with or without points.</summary>
    /// <param name="tokens">The tokens of the text.</param>
    /// <param name="article">The article's number.</param>
    /// <returns><see langword="true"/> when a word for "article" stands right before the number.</returns>
    public static bool Cites(IReadOnlyList<Token> tokens, string article)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (string.Equals(tokens[i].Text, article, StringComparison.Ordinal) && ArticleWords.Contains(tokens[i - 1].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static List<char> PointsAfter(IReadOnlyList<Token> tokens, int position, string[] paragraphWords)
    {
        var points = new List<char>();
        position = Skip(tokens, position, Fillers, out _);
        var sawParagraph = position < tokens.Count && paragraphWords.Contains(tokens[position].Text);
        if (sawParagraph)
        {
            position = Skip(tokens, position + 1, Fillers, out _);
        }

        position = Skip(tokens, position, PointWords, out var sawPointWord);
        if (!sawParagraph && !sawPointWord)
        {
            return points;
        }

        position = Skip(tokens, position, Fillers, out _);
        while (position < tokens.Count && tokens[position].IsSingleLetter)
        {
            points.Add(tokens[position].Text[0]);
            position = Skip(tokens, position + 1, Conjunctions, out _);
            position = Skip(tokens, position, PointWords, out _);
        }

        return points;
    }

    private static int Skip(IReadOnlyList<Token> tokens, int position, HashSet<string> words, out bool skipped)
    {
        var start = position;
        while (position < tokens.Count && position - start < MostFillers && words.Contains(tokens[position].Text))
        {
            position++;
        }

        skipped = position > start;
        return position;
    }
}
