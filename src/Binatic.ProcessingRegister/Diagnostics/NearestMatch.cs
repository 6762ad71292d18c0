namespace Binatic.ProcessingRegister.Diagnostics;

/// <summary>Finds what a user probably meant when a key or value is not one of those allowed.</summary>
internal static class NearestMatch
{
    private const int MaxEdits = 2;
    private const int LooseMatch = MaxEdits + 1;
    private const int MinPrefixLength = 4;

    /// <summary>
    /// Gets the candidate closest to <paramref name="written"/>: one at most two edits away (a transposition counts
    /// as one, case is ignored), else one that is its singular or plural, or that it is a prefix of; ties go to the
    /// candidate listed first, which in a schema is the one its author put first.
    /// </summary>
    /// <param name="written">What the user wrote.</param>
    /// <param name="candidates">What is allowed.</param>
    /// <returns>The suggestion, or <see langword="null"/> when nothing is close.</returns>
    public static string? Find(string written, IEnumerable<string> candidates)
    {
        // The written text is lowered and made singular once, and each comparison below is linear in the shorter text,
        // so a key of two megabytes or half a million unknown keys cost time in proportion to their size.
        var a = written.ToLowerInvariant();
        var singular = Singular(a);
        string? best = null;
        var bestScore = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var score = Score(a, singular, candidate.ToLowerInvariant());
            if (score < bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return bestScore <= LooseMatch ? best : null;
    }

    private static int Score(string a, string singular, string b)
    {
        var distance = Distance(a, b);

        // Two edits turn any short word into any other, so short words must stay closer.
        if (distance <= MaxEdits && 2 * distance < a.Length)
        {
            return distance;
        }

        var related = singular == Singular(b)
            || (a.Length >= MinPrefixLength && b.StartsWith(a, StringComparison.Ordinal))
            || (b.Length >= MinPrefixLength && a.StartsWith(b, StringComparison.Ordinal));
        return related ? LooseMatch : int.MaxValue;
    }

    private static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.EndsWith('s') ? word[..^1]
        : word;

    /// <summary>
    /// The optimal string alignment distance (Levenshtein plus adjacent transpositions, the commonest typing slip) when
    /// it is at most <see cref="MaxEdits"/>, else <see cref="LooseMatch"/>. Only that much matters, so only the band of
    /// cells within <see cref="MaxEdits"/> of the diagonal is computed, in three rows of that band's width: the work is
    /// linear in the texts' length, and texts whose lengths differ by more are not compared at all.
    /// </summary>
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > MaxEdits)
        {
            return LooseMatch;
        }

        // Cell k of row i holds the distance between a[..i] and b[..j] for j = i + k - MaxEdits; values saturate at
        // LooseMatch, which keeps every value up to MaxEdits exact.
        const int Width = (2 * MaxEdits) + 1;
        Span<int> beforePrevious = stackalloc int[Width];
        Span<int> previous = stackalloc int[Width];
        Span<int> current = stackalloc int[Width];
        beforePrevious.Fill(LooseMatch);
        for (var k = 0; k < Width; k++)
        {
            var j = k - MaxEdits;
            previous[k] = j >= 0 && j <= b.Length ? Math.Min(j, LooseMatch) : LooseMatch;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var k = 0; k < Width; k++)
            {
                var j = i + k - MaxEdits;
                current[k] = j < 0 || j > b.Length ? LooseMatch
                    : j == 0 ? Math.Min(i, LooseMatch)
                    : Cell(a, b, i, j, previous[k] + (a[i - 1] == b[j - 1] ? 0 : 1), k + 1 < Width ? previous[k + 1] : LooseMatch, k > 0 ? current[k - 1] : LooseMatch, beforePrevious[k]);
            }

            var spare = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = spare;
        }

        return previous[b.Length - a.Length + MaxEdits];
    }

    private static int Cell(string a, string b, int i, int j, int diagonal, int above, int left, int twoBack)
    {
        var value = Math.Min(diagonal, Math.Min(above, left) + 1);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        {
            value = Math.Min(value, twoBack + 1);
        }

        return Math.Min(value, LooseMatch);
    }
}
