using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// Recognises an Art. 9(2) condition for processing special categories of data as officers write it, in English, Dutch
/// and French: by its point ("Article 9(2)(b)", "art. 9 lid 2 sub h AVG", "9.2.a") or by the name of a point whose name
/// is unmistakable ("explicit consent", "uitdrukkelijke toestemming"). A text that names two conditions is not guessed at.
/// </summary>
internal static class Article9Recogniser
{
    private static readonly PhraseTable<Article9Condition> Names = new(
    [
        ("explicit consent", Article9Condition.ExplicitConsent),
        ("uitdrukkelijke toestemming", Article9Condition.ExplicitConsent),
        ("consentement explicite", Article9Condition.ExplicitConsent),
        ("manifestly made public", Article9Condition.ManifestlyMadePublic),
        ("kennelijk openbaar gemaakt", Article9Condition.ManifestlyMadePublic),
        ("manifestement rendues publiques", Article9Condition.ManifestlyMadePublic),
        ("legal claims", Article9Condition.LegalClaims),
        ("rechtsvordering", Article9Condition.LegalClaims),
        ("rechtsvorderingen", Article9Condition.LegalClaims),
        ("substantial public interest", Article9Condition.SubstantialPublicInterest),
        ("zwaarwegend algemeen belang", Article9Condition.SubstantialPublicInterest),
        ("interet public important", Article9Condition.SubstantialPublicInterest),
    ]);

    // The words of a citation of a point; a text with any other word says more than the point.
    private static readonly HashSet<string> CitationWords = new(StringComparer.Ordinal)
    {
        "art", "article", "artikel", "9", "2", "lid", "paragraph", "para", "paragraphe", "sub", "onder", "point", "punt",
        "tweede", "second", "avg", "gdpr", "rgpd", "uk", "eu",
    };

    /// <summary>Recognises the one Art. 9(2) condition <paramref name="text"/> names.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The condition, or <see langword="null"/> when none or more than one is named.</returns>
    public static Article9Condition? Recognise(string text)
    {
        var tokens = Tokens.Of(text);
        var points = ArticlePoints.Find(tokens, "9", paragraph: 2).Select(Condition);
        var named = Names.Matches(tokens).Select(match => (Article9Condition?)match.Value);
        return points.Concat(named).Distinct().ToList() is [{ } condition] ? condition : null;
    }

    /// <summary>
    /// Gets a value indicating whether <paramref name="text"/> says more than the citation of a point, such as
    /// "Article 9(2)(b) - employment law" does.
    /// </summary>
    public static bool SaysMoreThanThePoint(string text) =>
        Tokens.Of(text).Any(token => !CitationWords.Contains(token.Text) && !(token.Text.Length == 1 && token.Text[0] is >= 'a' and <= 'j'));

    private static Article9Condition? Condition(char point) => point switch
    {
        'a' => Article9Condition.ExplicitConsent,
        'b' => Article9Condition.EmploymentAndSocialSecurity,
        'c' => Article9Condition.VitalInterests,
        'd' => Article9Condition.NotForProfitBody,
        'e' => Article9Condition.ManifestlyMadePublic,
        'f' => Article9Condition.LegalClaims,
        'g' => Article9Condition.SubstantialPublicInterest,
        'h' => Article9Condition.HealthOrSocialCare,
        'i' => Article9Condition.PublicHealth,
        'j' => Article9Condition.ArchivingResearchOrStatistics,

        // A point that Art. 9(2) does not have is kept as "unknown", so that the text is not taken for its other condition.
        _ => null,
    };
}
