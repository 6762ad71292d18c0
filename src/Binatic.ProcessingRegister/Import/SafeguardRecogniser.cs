using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// Recognises a Chapter V transfer safeguard as officers write it, in English, Dutch and French, by name ("SCCs",
/// "modelcontractbepalingen", "règles d'entreprise contraignantes") or by article ("art. 46 lid 2 sub c", "Art.
/// 49(1)(a)"). A text that names two safeguards is not guessed at.
/// </summary>
/// <remarks>
/// The EU-US Data Privacy Framework is not a safeguard type of its own in the register's format: it is the US
/// adequacy decision (Decision (EU) 2023/1795), which covers only certified organisations, so a register states it
/// as <see cref="SafeguardType.AdequacyDecision"/> on the transfer and <c>dpfCertified: true</c> on the recipient or
/// processor. "DPF" is therefore recognised as <see cref="SafeguardType.AdequacyDecision"/>; the caller marks the
/// party. The invalidated EU-US Privacy Shield is recognised as itself, so that the rules can flag it.
/// </remarks>
internal static class SafeguardRecogniser
{
    private static readonly RecognisedSafeguard Adequacy = new(SafeguardType.AdequacyDecision, null);
    private static readonly RecognisedSafeguard Clauses = new(SafeguardType.StandardContractualClauses, null);
    private static readonly RecognisedSafeguard CorporateRules = new(SafeguardType.BindingCorporateRules, null);
    private static readonly RecognisedSafeguard Code = new(SafeguardType.CodeOfConduct, null);
    private static readonly RecognisedSafeguard Certification = new(SafeguardType.Certification, null);
    private static readonly RecognisedSafeguard AnyDerogation = new(SafeguardType.Derogation, null);
    private static readonly RecognisedSafeguard PrivacyShield = new(SafeguardType.EuUsPrivacyShield, null);

    private static readonly PhraseTable<RecognisedSafeguard> Names = new(
    [
        ("adequacy", Adequacy),
        ("adequacy decision", Adequacy),
        ("adequacydecision", Adequacy),
        ("adequaatheidsbesluit", Adequacy),
        ("adequaatheidsbeslissing", Adequacy),
        ("adequaat beschermingsniveau", Adequacy),
        ("passend beschermingsniveau", Adequacy),
        ("adequate level of protection", Adequacy),
        ("niveau de protection adequat", Adequacy),
        ("decision d adequation", Adequacy),
        ("adequation", Adequacy),
        ("data privacy framework", Adequacy),
        ("dpf", Adequacy),
        ("scc", Clauses),
        ("sccs", Clauses),
        ("standard contractual clauses", Clauses),
        ("standard contractual clause", Clauses),
        ("standardcontractualclauses", Clauses),
        ("standard data protection clauses", Clauses),
        ("model clauses", Clauses),
        ("modelcontractbepalingen", Clauses),
        ("modelcontracten", Clauses),
        ("modelbepalingen", Clauses),
        ("standaardcontractbepalingen", Clauses),
        ("standaardcontractuele bepalingen", Clauses),
        ("standaardbepalingen", Clauses),
        ("clauses contractuelles types", Clauses),
        ("cct", Clauses),
        ("2021 914", Clauses),
        ("2010 87", Clauses),
        ("2004 915", Clauses),
        ("2001 497", Clauses),
        ("bcr", CorporateRules),
        ("bcrs", CorporateRules),
        ("binding corporate rules", CorporateRules),
        ("bindingcorporaterules", CorporateRules),
        ("bindende bedrijfsvoorschriften", CorporateRules),
        ("regles d entreprise contraignantes", CorporateRules),
        ("code of conduct", Code),
        ("codeofconduct", Code),
        ("gedragscode", Code),
        ("code de conduite", Code),
        ("certification", Certification),
        ("certificering", Certification),
        ("certificeringsmechanisme", Certification),
        ("privacy shield", PrivacyShield),
        ("privacyschild", PrivacyShield),
        ("bouclier de protection des donnees", PrivacyShield),
        ("2016 1250", PrivacyShield),
        ("euusprivacyshield", PrivacyShield),
        ("derogation", AnyDerogation),
        ("derogations", AnyDerogation),
        ("afwijking", AnyDerogation),
        ("afwijkingen", AnyDerogation),
        ("uitzondering", AnyDerogation),
        ("uitzonderingen", AnyDerogation),

        // In a transfer's cell plain consent can only mean the Art. 49(1)(a) derogation: Chapter V has no other.
        ("explicit consent", Derogation(Article49Derogation.ExplicitConsent)),
        ("consent", Derogation(Article49Derogation.ExplicitConsent)),
        ("uitdrukkelijke toestemming", Derogation(Article49Derogation.ExplicitConsent)),
        ("expliciete toestemming", Derogation(Article49Derogation.ExplicitConsent)),
        ("toestemming", Derogation(Article49Derogation.ExplicitConsent)),
        ("consentement explicite", Derogation(Article49Derogation.ExplicitConsent)),
        ("consentement", Derogation(Article49Derogation.ExplicitConsent)),
        ("contract with the data subject", Derogation(Article49Derogation.ContractWithDataSubject)),
        ("overeenkomst met de betrokkene", Derogation(Article49Derogation.ContractWithDataSubject)),
        ("contrat avec la personne concernee", Derogation(Article49Derogation.ContractWithDataSubject)),
        ("in the interest of the data subject", Derogation(Article49Derogation.ContractInDataSubjectInterest)),
        ("in het belang van de betrokkene", Derogation(Article49Derogation.ContractInDataSubjectInterest)),
        ("dans l interet de la personne concernee", Derogation(Article49Derogation.ContractInDataSubjectInterest)),
        ("important reasons of public interest", Derogation(Article49Derogation.PublicInterest)),
        ("public interest", Derogation(Article49Derogation.PublicInterest)),
        ("gewichtige redenen van algemeen belang", Derogation(Article49Derogation.PublicInterest)),
        ("algemeen belang", Derogation(Article49Derogation.PublicInterest)),
        ("motifs importants d interet public", Derogation(Article49Derogation.PublicInterest)),
        ("interet public", Derogation(Article49Derogation.PublicInterest)),
        ("legal claims", Derogation(Article49Derogation.LegalClaims)),
        ("rechtsvordering", Derogation(Article49Derogation.LegalClaims)),
        ("rechtsvorderingen", Derogation(Article49Derogation.LegalClaims)),
        ("droits en justice", Derogation(Article49Derogation.LegalClaims)),
        ("droit en justice", Derogation(Article49Derogation.LegalClaims)),
        ("vital interests", Derogation(Article49Derogation.VitalInterests)),
        ("vital interest", Derogation(Article49Derogation.VitalInterests)),
        ("vitale belangen", Derogation(Article49Derogation.VitalInterests)),
        ("vitaal belang", Derogation(Article49Derogation.VitalInterests)),
        ("interets vitaux", Derogation(Article49Derogation.VitalInterests)),
        ("public register", Derogation(Article49Derogation.PublicRegister)),
        ("openbaar register", Derogation(Article49Derogation.PublicRegister)),
        ("registre public", Derogation(Article49Derogation.PublicRegister)),
        ("compelling legitimate interests", Derogation(Article49Derogation.CompellingLegitimateInterests)),
        ("dwingende gerechtvaardigde belangen", Derogation(Article49Derogation.CompellingLegitimateInterests)),
        ("interets legitimes imperieux", Derogation(Article49Derogation.CompellingLegitimateInterests)),

        // The register's own names of the derogations, so that an exported register reads back.
        ("explicitconsent", Derogation(Article49Derogation.ExplicitConsent)),
        ("contractwithdatasubject", Derogation(Article49Derogation.ContractWithDataSubject)),
        ("contractindatasubjectinterest", Derogation(Article49Derogation.ContractInDataSubjectInterest)),
        ("publicinterest", Derogation(Article49Derogation.PublicInterest)),
        ("legalclaims", Derogation(Article49Derogation.LegalClaims)),
        ("vitalinterests", Derogation(Article49Derogation.VitalInterests)),
        ("publicregister", Derogation(Article49Derogation.PublicRegister)),
        ("compellinglegitimateinterests", Derogation(Article49Derogation.CompellingLegitimateInterests)),
    ]);

    /// <summary>Recognises the one safeguard <paramref name="text"/> names.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The safeguard, or <see langword="null"/> when none or more than one is named.</returns>
    public static RecognisedSafeguard? Recognise(string text)
    {
        var tokens = Tokens.Of(text);
        var found = Names.Matches(tokens).Select(m => m.Value).Concat(Articles(tokens)).Distinct().ToList();

        // "DPF certification" is the Data Privacy Framework, not an Art. 42 certification mechanism.
        if (found.Contains(Adequacy))
        {
            found.Remove(Certification);
        }

        // "Derogation (Art. 49(1)(a)): explicit consent" names one derogation twice over.
        if (found.Any(s => s?.Derogation is not null))
        {
            found.Remove(AnyDerogation);
        }

        return found is [var one] ? one : null;
    }

    private static RecognisedSafeguard Derogation(Article49Derogation derogation) => new(SafeguardType.Derogation, derogation);

    private static List<RecognisedSafeguard?> Articles(List<Token> tokens)
    {
        var safeguards = new List<RecognisedSafeguard?>();
        if (ArticlePoints.Cites(tokens, "45"))
        {
            safeguards.Add(Adequacy);
        }

        if (ArticlePoints.Cites(tokens, "47"))
        {
            safeguards.Add(CorporateRules);
        }

        if (ArticlePoints.Cites(tokens, "49"))
        {
            safeguards.Add(AnyDerogation);
        }

        safeguards.AddRange(ArticlePoints.Find(tokens, "46", paragraph: 2).Select(point => point switch
        {
            'b' => CorporateRules,
            'c' or 'd' => Clauses,
            'e' => Code,
            'f' => Certification,
            _ => null,
        }));
        safeguards.AddRange(ArticlePoints.Find(tokens, "49", paragraph: 1).Select(point => point switch
        {
            >= 'a' and <= 'g' => Derogation((Article49Derogation)(point - 'a')),
            _ => null,
        }));
        return safeguards;
    }
}
