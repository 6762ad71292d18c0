using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// Recognises what kind of party a recipient is from words in its name, in English, Dutch and French: public
/// authorities ("Belastingdienst", "HMRC", "URSSAF"), group companies ("Holding", "filiale"), international
/// organisations, and third parties named as such ("derde"). A name that does not tell, or that points two ways, gives no kind: the import never guesses.
/// </summary>
internal static class RecipientKindRecogniser
{
    private static readonly PhraseTable<RecipientKind> Kinds = new(
    [
        // Public authorities: Dutch.
        ("belastingdienst", RecipientKind.PublicAuthority), ("uwv", RecipientKind.PublicAuthority), ("gemeente*", RecipientKind.PublicAuthority),
        ("politie", RecipientKind.PublicAuthority), ("ministerie*", RecipientKind.PublicAuthority), ("rechtbank*", RecipientKind.PublicAuthority),
        ("gerechtshof", RecipientKind.PublicAuthority), ("openbaar ministerie", RecipientKind.PublicAuthority), ("autoriteit*", RecipientKind.PublicAuthority),
        ("inspectie*", RecipientKind.PublicAuthority), ("toezichthouder*", RecipientKind.PublicAuthority), ("provincie*", RecipientKind.PublicAuthority),
        ("waterschap*", RecipientKind.PublicAuthority), ("rijksoverheid", RecipientKind.PublicAuthority), ("overheid*", RecipientKind.PublicAuthority),
        ("svb", RecipientKind.PublicAuthority), ("duo", RecipientKind.PublicAuthority), ("rdw", RecipientKind.PublicAuthority),
        ("cbs", RecipientKind.PublicAuthority), ("ind", RecipientKind.PublicAuthority), ("ggd", RecipientKind.PublicAuthority),
        ("cak", RecipientKind.PublicAuthority), ("kamer van koophandel", RecipientKind.PublicAuthority), ("kvk", RecipientKind.PublicAuthority),
        ("rvig", RecipientKind.PublicAuthority), ("cjib", RecipientKind.PublicAuthority), ("marechaussee", RecipientKind.PublicAuthority),

        // Public authorities: English.
        ("tax authority", RecipientKind.PublicAuthority), ("tax authorities", RecipientKind.PublicAuthority), ("hmrc", RecipientKind.PublicAuthority),
        ("authority", RecipientKind.PublicAuthority), ("authorities", RecipientKind.PublicAuthority), ("police", RecipientKind.PublicAuthority),
        ("ministry", RecipientKind.PublicAuthority), ("court", RecipientKind.PublicAuthority), ("courts", RecipientKind.PublicAuthority),
        ("regulator", RecipientKind.PublicAuthority), ("government", RecipientKind.PublicAuthority), ("city council", RecipientKind.PublicAuthority),
        ("county council", RecipientKind.PublicAuthority), ("borough council", RecipientKind.PublicAuthority),
        ("dwp", RecipientKind.PublicAuthority), ("nhs", RecipientKind.PublicAuthority), ("ico", RecipientKind.PublicAuthority),
        ("companies house", RecipientKind.PublicAuthority), ("home office", RecipientKind.PublicAuthority),

        // Public authorities: French.
        ("administration fiscale", RecipientKind.PublicAuthority), ("urssaf", RecipientKind.PublicAuthority), ("impots", RecipientKind.PublicAuthority),
        ("ministere", RecipientKind.PublicAuthority), ("tribunal", RecipientKind.PublicAuthority), ("tribunaux", RecipientKind.PublicAuthority),
        ("gendarmerie", RecipientKind.PublicAuthority), ("prefecture", RecipientKind.PublicAuthority), ("mairie", RecipientKind.PublicAuthority),
        ("autorite", RecipientKind.PublicAuthority), ("autorites", RecipientKind.PublicAuthority), ("cnil", RecipientKind.PublicAuthority),
        ("france travail", RecipientKind.PublicAuthority), ("pole emploi", RecipientKind.PublicAuthority), ("cpam", RecipientKind.PublicAuthority),
        ("caf", RecipientKind.PublicAuthority), ("dgfip", RecipientKind.PublicAuthority), ("inspection du travail", RecipientKind.PublicAuthority),

        // Companies of the same group.
        ("groep", RecipientKind.GroupCompany), ("concern", RecipientKind.GroupCompany), ("concernonderde*", RecipientKind.GroupCompany),
        ("concernbedrij*", RecipientKind.GroupCompany), ("concernmaatschappij*", RecipientKind.GroupCompany), ("group", RecipientKind.GroupCompany),
        ("groupe", RecipientKind.GroupCompany), ("holding", RecipientKind.GroupCompany), ("filiale", RecipientKind.GroupCompany),
        ("filiales", RecipientKind.GroupCompany), ("dochteronderneming*", RecipientKind.GroupCompany), ("dochtermaatschappij*", RecipientKind.GroupCompany),
        ("zustermaatschappij*", RecipientKind.GroupCompany), ("moedermaatschappij*", RecipientKind.GroupCompany), ("groepsmaatschappij*", RecipientKind.GroupCompany),
        ("subsidiary", RecipientKind.GroupCompany), ("subsidiaries", RecipientKind.GroupCompany), ("parent company", RecipientKind.GroupCompany),
        ("affiliate", RecipientKind.GroupCompany), ("affiliates", RecipientKind.GroupCompany), ("societe mere", RecipientKind.GroupCompany),

        // Other third parties (Art. 4(10)), when the cell says so in as many words.
        ("third party", RecipientKind.ThirdParty), ("third parties", RecipientKind.ThirdParty), ("derde", RecipientKind.ThirdParty),
        ("derden", RecipientKind.ThirdParty), ("derde partij", RecipientKind.ThirdParty), ("tiers", RecipientKind.ThirdParty),

        // International organisations (Art. 4(26)).
        ("international organisation", RecipientKind.InternationalOrganisation), ("international organization", RecipientKind.InternationalOrganisation),
        ("internationale organisatie", RecipientKind.InternationalOrganisation), ("organisation internationale", RecipientKind.InternationalOrganisation),
        ("united nations", RecipientKind.InternationalOrganisation), ("verenigde naties", RecipientKind.InternationalOrganisation),
        ("nations unies", RecipientKind.InternationalOrganisation), ("world health organization", RecipientKind.InternationalOrganisation),
        ("wereldgezondheidsorganisatie", RecipientKind.InternationalOrganisation), ("organisation mondiale de la sante", RecipientKind.InternationalOrganisation),
        ("nato", RecipientKind.InternationalOrganisation), ("navo", RecipientKind.InternationalOrganisation), ("otan", RecipientKind.InternationalOrganisation),
        ("oecd", RecipientKind.InternationalOrganisation), ("oeso", RecipientKind.InternationalOrganisation), ("ocde", RecipientKind.InternationalOrganisation),
        ("imf", RecipientKind.InternationalOrganisation), ("world bank", RecipientKind.InternationalOrganisation), ("wereldbank", RecipientKind.InternationalOrganisation),
        ("interpol", RecipientKind.InternationalOrganisation), ("unicef", RecipientKind.InternationalOrganisation), ("unhcr", RecipientKind.InternationalOrganisation),
        ("icrc", RecipientKind.InternationalOrganisation), ("international committee of the red cross", RecipientKind.InternationalOrganisation),
    ]);

    private static readonly PhraseTable<bool> ProcessorWords = new(
    [
        ("verwerker*", true), ("subverwerker*", true), ("processor", true), ("processors", true), ("subprocessor*", true),
        ("sub processor", true), ("sous traitant*", true), ("soustraitant*", true), ("hosting", true), ("hoster", true),
        ("hostingpartij", true), ("hebergeur", true), ("hebergement", true), ("leverancier*", true), ("supplier", true),
        ("suppliers", true), ("provider", true), ("providers", true), ("dienstverlener*", true), ("prestataire*", true),
        ("fournisseur*", true), ("saas", true), ("cloud*", true),
    ]);

    /// <summary>Recognises the kind of recipient from words in its name.</summary>
    /// <param name="text">The recipient's name.</param>
    /// <returns>The kind, or <see langword="null"/> when the name does not tell or points two ways.</returns>
    public static RecipientKind? Recognise(string text) => Kinds.Values(text) is [var kind] ? kind : null;

    /// <summary>Gets a value indicating whether the name suggests a processor (Art. 28): "verwerker", "sous-traitant", "hosting", "supplier".</summary>
    /// <param name="text">The name.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public static bool LooksLikeProcessor(string text) => ProcessorWords.Values(text).Count > 0;
}
