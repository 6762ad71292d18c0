using Binatic.ProcessingRegister.Diagnostics;
using CsCheck;

namespace Binatic.ProcessingRegister.Tests.Diagnostics;

public sealed class NearestMatchTests
{
    private static readonly string[] Keys = ["id", "name", "description", "purposes", "email", "dataSubjectCategories", "legalBases"];

    [Theory]
    [InlineData("purpose", "purposes")]
    [InlineData("emial", "email")]
    [InlineData("Name", "name")]
    [InlineData("legalBasis", "legalBases")]
    [InlineData("dataSubjectCategory", "dataSubjectCategories")]
    [InlineData("desc", "description")]
    public void A_slip_a_plural_or_a_prefix_finds_the_key_meant(string written, string meant)
    {
        Assert.Equal(meant, NearestMatch.Find(written, Keys));
    }

    [Theory]
    [InlineData("address")]
    [InlineData("nm")]
    [InlineData("ab")]
    public void Nothing_is_suggested_when_nothing_is_close(string written)
    {
        Assert.Null(NearestMatch.Find(written, Keys));
    }

    [Fact]
    public void A_text_far_longer_than_every_candidate_is_matched_by_the_candidate_it_starts_with()
    {
        Assert.Equal("description", NearestMatch.Find("Description" + new string('x', 1_000_000), Keys));
    }

    [Fact]
    public void The_banded_distance_suggests_what_the_full_distance_suggests()
    {
        // Few letters make slips, plurals and prefixes common among random words.
        var word = Gen.String[Gen.Char["aeisy"], 0, 9];
        Gen.Select(word, word.Array[1, 6]).Sample(
            (written, candidates) => Assert.Equal(FullDistanceMatch(written, candidates), NearestMatch.Find(written, candidates)),
            iter: 20_000);
    }

    // The matcher as it was before the distance was banded: the full table of the optimal string alignment distance.
    private static string? FullDistanceMatch(string written, string[] candidates)
    {
        string? best = null;
        var bestScore = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var a = written.ToLowerInvariant();
            var b = candidate.ToLowerInvariant();
            var distance = FullDistance(a, b);
            var score = distance <= 2 && 2 * distance < a.Length ? distance
                : Singular(a) == Singular(b) || (a.Length >= 4 && b.StartsWith(a, StringComparison.Ordinal)) || (b.Length >= 4 && a.StartsWith(b, StringComparison.Ordinal)) ? 3
                : int.MaxValue;
            if (score < bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return bestScore <= 3 ? best : null;
    }

    private static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y" : word.EndsWith('s') ? word[..^1] : word;

    private static int FullDistance(string a, string b)
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
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
