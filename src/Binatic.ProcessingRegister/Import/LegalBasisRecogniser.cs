using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// Recognises an Art. 6(1) legal basis as officers write it, in English, Dutch and French: by its point ("Article
/// 6(1)(b)", "art. 6 lid 1 sub e AVG", "6.1.f") or by its name ("toestemming", "intérêt légitime"). A text that names
/// two bases is not guessed at.
/// </summary>
internal static class LegalBasisRecogniser
{
    private static readonly PhraseTable<LegalBasis> Names = new(
    [
        ("consent", LegalBasis.Consent),
        ("toestemming", LegalBasis.Consent),
        ("consentement", LegalBasis.Consent),
        ("contract", LegalBasis.Contract),
        ("contractual", LegalBasis.Contract),
        ("overeenkomst", LegalBasis.Contract),
        ("contrat", LegalBasis.Contract),
        ("contractuelle", LegalBasis.Contract),
        ("precontractuelle", LegalBasis.Contract),
        ("arbeidsovereenkomst", LegalBasis.Contract),
        ("arbeidscontract", LegalBasis.Contract),
        ("huurovereenkomst", LegalBasis.Contract),
        ("koopovereenkomst", LegalBasis.Contract),
        ("legal obligation", LegalBasis.LegalObligation),
        ("legalobligation", LegalBasis.LegalObligation),
        ("statutory obligation", LegalBasis.LegalObligation),
        ("wettelijke verplichting", LegalBasis.LegalObligation),
        ("wettelijke plicht", LegalBasis.LegalObligation),
        ("wettelijke bewaarplicht", LegalBasis.LegalObligation),
        ("fiscale bewaarplicht", LegalBasis.LegalObligation),
        ("obligation legale", LegalBasis.LegalObligation),
        ("vital interest", LegalBasis.VitalInterests),
        ("vital interests", LegalBasis.VitalInterests),
        ("vitalinterests", LegalBasis.VitalInterests),
        ("vitaal belang", LegalBasis.VitalInterests),
        ("vitale belangen", LegalBasis.VitalInterests),
        ("vitale belang", LegalBasis.VitalInterests),
        ("interet vital", LegalBasis.VitalInterests),
        ("interets vitaux", LegalBasis.VitalInterests),
        ("public task", LegalBasis.PublicTask),
        ("publictask", LegalBasis.PublicTask),
        ("public interest", LegalBasis.PublicTask),
        ("official authority", LegalBasis.PublicTask),
        ("publieke taak", LegalBasis.PublicTask),
        ("publiekrechtelijke taak", LegalBasis.PublicTask),
        ("algemeen belang", LegalBasis.PublicTask),
        ("openbaar gezag", LegalBasis.PublicTask),
        ("mission d interet public", LegalBasis.PublicTask),
        ("interet public", LegalBasis.PublicTask),
        ("autorite publique", LegalBasis.PublicTask),
        ("legitimate interest", LegalBasis.LegitimateInterests),
        ("legitimate interests", LegalBasis.LegitimateInterests),
        ("legitimateinterests", LegalBasis.LegitimateInterests),
        ("gerechtvaardigd belang", LegalBasis.LegitimateInterests),
        ("gerechtvaardigde belangen", LegalBasis.LegitimateInterests),
        ("gerechtvaardigde belang", LegalBasis.LegitimateInterests),
        ("interet legitime", LegalBasis.LegitimateInterests),
        ("interets legitimes", LegalBasis.LegitimateInterests),
    ]);

    // Words after which the rest of the text names the law: "op grond van de Archiefwet", "under the Companies Act".
    private static readonly PhraseTable<bool> LawMarkers = new(
    [
        ("op grond van", true), ("ingevolge", true), ("krachtens", true), ("based on", true), ("pursuant to", true),
        ("under", true), ("en vertu de", true), ("en vertu du", true), ("conformement a", true), ("au titre de", true),
    ]);

    // Words that make a text a law: "Gemeentewet", "Wet BRP", "Companies Act 2006", "Code du travail", "art. 7:629 BW".
    // Text beside a basis without one ("zie bijlage", "GDPR") is not taken for a law.
    private static readonly PhraseTable<bool> LawWords = new(
    [
        ("*wet", true), ("*wetboek", true), ("wetgeving", true), ("*besluit", true), ("*regeling", true),
        ("*verordening", true), ("bw", true), ("awr", true), ("awb", true), ("act", true), ("acts", true),
        ("regulations", true), ("statute", true), ("statutory instrument", true), ("directive", true), ("richtlijn", true),
        ("loi", true), ("code", true), ("decret", true), ("arrete", true), ("ordonnance", true),
    ]);

    private const int MostLawCandidates = 8;

    /// <summary>Recognises the one legal basis <paramref name="text"/> names, and the law beside it.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The basis, or <see langword="null"/> when none or more than one is named.</returns>
    public static RecognisedLegalBasis? Recognise(string text)
    {
        var tokens = Tokens.Of(text);
        if (Bases(tokens) is not [{ } basis])
        {
            // "Legal obligation - Public Interest Disclosure Act 1998": the law's title may name a basis too, so a
            // basis before a dash or colon, followed by a law, is the basis.
            return BasisBeforeLaw(text) is var (named, itsLaw) ? new RecognisedLegalBasis(named, itsLaw) : null;
        }

        var law = basis is LegalBasis.LegalObligation or LegalBasis.PublicTask ? Law(text, tokens) : null;
        return new RecognisedLegalBasis(basis, law);
    }

    private static (LegalBasis Basis, string Law)? BasisBeforeLaw(string text)
    {
        foreach (var separator in (string[])[" - ", " – ", " — ", ":"])
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0 || Bases(Tokens.Of(text[..at])) is not [{ } basis] || basis is not (LegalBasis.LegalObligation or LegalBasis.PublicTask))
            {
                continue;
            }

            var law = WithoutArticle(text[(at + separator.Length)..].Trim().TrimEnd('.', ',', ';').Trim());
            if (LawWords.Matches(Tokens.Of(law)).Count > 0)
            {
                return (basis, law);
            }
        }

        return null;
    }

    private static List<LegalBasis?> Bases(List<Token> tokens)
    {
        var points = ArticlePoints.Find(tokens, "6", paragraph: 1).Select(Basis);
        var named = Names.Matches(tokens).Select(m => (LegalBasis?)m.Value);
        return [.. points.Concat(named).Distinct()];
    }

    private static LegalBasis? Basis(char point) => point switch
    {
        'a' => LegalBasis.Consent,
        'b' => LegalBasis.Contract,
        'c' => LegalBasis.LegalObligation,
        'd' => LegalBasis.VitalInterests,
        'e' => LegalBasis.PublicTask,
        'f' => LegalBasis.LegitimateInterests,

        // A point that Art. 6(1) does not have is kept as "unknown", so that the text is not taken for its other basis.
        _ => null,
    };

    private static string? Law(string text, List<Token> tokens)
    {
        // A few candidates at most: each is read whole, and a cell of a hundred thousand brackets must stay linear.
        foreach (var candidate in LawCandidates(text, tokens).Take(MostLawCandidates))
        {
            var trimmed = WithoutArticle(candidate.Trim().TrimEnd('.', ')', ',', ';').Trim());
            var candidateTokens = Tokens.Of(trimmed);
            if (LawWords.Matches(candidateTokens).Count > 0 && Bases(candidateTokens).Count == 0)
            {
                return trimmed;
            }
        }

        return null;
    }

    // "op grond van de Archiefwet": the law is "Archiefwet", not "de Archiefwet".
    private static string WithoutArticle(string law)
    {
        foreach (var article in (string[])["de ", "het ", "the ", "la ", "le ", "les ", "l'", "l’"])
        {
            if (law.StartsWith(article, StringComparison.OrdinalIgnoreCase) && law.Length > article.Length)
            {
                return law[article.Length..].TrimStart();
            }
        }

        return law;
    }

    // Where officers put the law: in brackets, after a colon or a dash, or after "op grond van".
    private static IEnumerable<string> LawCandidates(string text, List<Token> tokens)
    {
        for (var open = text.IndexOf('(', StringComparison.Ordinal); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var close = text.IndexOf(')', open + 1);
            yield return close < 0 ? text[(open + 1)..] : text[(open + 1)..close];
        }

        foreach (var separator in (string[])[":", " - ", " – ", " — ", ","])
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at >= 0)
            {
                yield return text[(at + separator.Length)..];
            }
        }

        foreach (var marker in LawMarkers.Matches(tokens))
        {
            var next = marker.First + marker.Count;
            if (next < tokens.Count)
            {
                yield return text[tokens[next].Start..];
            }
        }
    }
}
