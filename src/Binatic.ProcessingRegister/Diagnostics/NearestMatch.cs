namespace Binatic.ProcessingRegister;

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
        string? best = null;
        var bestScore = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var score = Score(written, candidate);
            if (score < bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return bestScore <= LooseMatch ? best : null;
    }

    private static int Score(string written, string candidate)
    {
        var a = written.ToLowerInvariant();
        var b = candidate.ToLowerInvariant();
        var distance = Distance(a, b);

        // Two edits turn any short word into any other, so short words must stay closer.
        if (distance <= MaxEdits && 2 * distance < a.Length)
        {
            return distance;
        }

        var related = Singular(a) == Singular(b)
            || (a.Length >= MinPrefixLength && b.StartsWith(a, StringComparison.Ordinal))
            || (b.Length >= MinPrefixLength && a.StartsWith(b, StringComparison.Ordinal));
        return related ? LooseMatch : int.MaxValue;
    }

    private static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.EndsWith('s') ? word[..^1]
        : word;

    // Optimal string alignment distance: Levenshtein plus adjacent transpositions, the commonest typing slip.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
