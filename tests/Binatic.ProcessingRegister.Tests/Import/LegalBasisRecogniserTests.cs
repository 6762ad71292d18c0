using Binatic.ProcessingRegister.Import;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Import;

public sealed class LegalBasisRecogniserTests
{
    [Theory]
    [InlineData("Article 6(1)(b)", LegalBasis.Contract)]
    [InlineData("Art. 6(1)(e) GDPR", LegalBasis.PublicTask)]
    [InlineData("Art 6 (1) (a) UK GDPR", LegalBasis.Consent)]
    [InlineData("art. 6 lid 1 sub e AVG", LegalBasis.PublicTask)]
    [InlineData("artikel 6, eerste lid, onder c, AVG", LegalBasis.LegalObligation)]
    [InlineData("Artikel 6 lid 1, aanhef en onder e AVG", LegalBasis.PublicTask)]
    [InlineData("art. 6 sub f AVG", LegalBasis.LegitimateInterests)]
    [InlineData("6.1.f", LegalBasis.LegitimateInterests)]
    [InlineData("art. 6.1 c RGPD", LegalBasis.LegalObligation)]
    [InlineData("Article 6, paragraphe 1, point d) du RGPD", LegalBasis.VitalInterests)]
    [InlineData("article 6 § 1 b", LegalBasis.Contract)]
    public void An_article_6_1_point_is_recognised_as_written_in_english_dutch_and_french(string text, LegalBasis basis)
    {
        Assert.Equal(basis, LegalBasisRecogniser.Recognise(text)?.Basis);
    }

    [Theory]
    [InlineData("toestemming", LegalBasis.Consent)]
    [InlineData("Consent", LegalBasis.Consent)]
    [InlineData("consentement de la personne", LegalBasis.Consent)]
    [InlineData("contract", LegalBasis.Contract)]
    [InlineData("Uitvoering van een overeenkomst", LegalBasis.Contract)]
    [InlineData("Uitvoering van de arbeidsovereenkomst", LegalBasis.Contract)]
    [InlineData("noodzakelijk voor de uitvoering van een overeenkomst", LegalBasis.Contract)]
    [InlineData("Exécution d'un contrat", LegalBasis.Contract)]
    [InlineData("Legal obligation", LegalBasis.LegalObligation)]
    [InlineData("wettelijke bewaarplicht", LegalBasis.LegalObligation)]
    [InlineData("Wettelijke verplichting", LegalBasis.LegalObligation)]
    [InlineData("Obligation légale", LegalBasis.LegalObligation)]
    [InlineData("vital interests", LegalBasis.VitalInterests)]
    [InlineData("vitaal belang", LegalBasis.VitalInterests)]
    [InlineData("vitale belangen", LegalBasis.VitalInterests)]
    [InlineData("Sauvegarde des intérêts vitaux", LegalBasis.VitalInterests)]
    [InlineData("Public task", LegalBasis.PublicTask)]
    [InlineData("publieke taak", LegalBasis.PublicTask)]
    [InlineData("Taak van algemeen belang of uitoefening van openbaar gezag", LegalBasis.PublicTask)]
    [InlineData("Openbaar gezag", LegalBasis.PublicTask)]
    [InlineData("Mission d'intérêt public", LegalBasis.PublicTask)]
    [InlineData("Legitimate interests", LegalBasis.LegitimateInterests)]
    [InlineData("gerechtvaardigd belang", LegalBasis.LegitimateInterests)]
    [InlineData("Gerechtvaardigde belangen", LegalBasis.LegitimateInterests)]
    [InlineData("Intérêt légitime", LegalBasis.LegitimateInterests)]
    [InlineData("legitimateInterests", LegalBasis.LegitimateInterests)]
    [InlineData("publicTask", LegalBasis.PublicTask)]
    public void A_basis_is_recognised_by_its_name_in_english_dutch_french_and_the_register_s_own_words(string text, LegalBasis basis)
    {
        Assert.Equal(basis, LegalBasisRecogniser.Recognise(text)?.Basis);
    }

    [Theory]
    [InlineData("Art. 6(1)(c) GDPR – legal obligation", LegalBasis.LegalObligation)]
    [InlineData("Gerechtvaardigd belang (art. 6 lid 1 sub f AVG)", LegalBasis.LegitimateInterests)]
    [InlineData("6.1.a toestemming", LegalBasis.Consent)]
    [InlineData("Article 6(1)(a) and Article 9(2)(a) GDPR", LegalBasis.Consent)]
    public void A_point_and_a_name_of_the_same_basis_are_one_basis(string text, LegalBasis basis)
    {
        Assert.Equal(basis, LegalBasisRecogniser.Recognise(text)?.Basis);
    }

    [Theory]
    [InlineData("wettelijke verplichting (Wet BRP art. 3.2)", LegalBasis.LegalObligation, "Wet BRP art. 3.2")]
    [InlineData("Legal obligation: Companies Act 2006 s.386", LegalBasis.LegalObligation, "Companies Act 2006 s.386")]
    [InlineData("Wettelijke verplichting: Gemeentewet art. 160", LegalBasis.LegalObligation, "Gemeentewet art. 160")]
    [InlineData("Publieke taak - Participatiewet", LegalBasis.PublicTask, "Participatiewet")]
    [InlineData("art. 6 lid 1 sub c AVG (Archiefwet 1995)", LegalBasis.LegalObligation, "Archiefwet 1995")]
    [InlineData("Wettelijke verplichting op grond van de Wet op de loonbelasting 1964", LegalBasis.LegalObligation, "Wet op de loonbelasting 1964")]
    [InlineData("Obligation légale en vertu du Code du travail", LegalBasis.LegalObligation, "Code du travail")]
    [InlineData("Wettelijke verplichting, Archiefwet", LegalBasis.LegalObligation, "Archiefwet")]
    [InlineData("Legal obligation (Employment Rights Act 1996)", LegalBasis.LegalObligation, "Employment Rights Act 1996")]
    [InlineData("Fiscale bewaarplicht (art. 52 AWR)", LegalBasis.LegalObligation, "art. 52 AWR")]
    public void A_law_named_beside_a_legal_obligation_or_public_task_is_its_law(string text, LegalBasis basis, string law)
    {
        Assert.Equal(new RecognisedLegalBasis(basis, law), LegalBasisRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("Art. 6(1)(e) GDPR", LegalBasis.PublicTask)]
    [InlineData("artikel 6, eerste lid, onder c, AVG", LegalBasis.LegalObligation)]
    [InlineData("Article 6(1)(c): legal obligation", LegalBasis.LegalObligation)]
    [InlineData("Wettelijke verplichting (art. 6 lid 1 sub c AVG)", LegalBasis.LegalObligation)]
    [InlineData("Toestemming (zie privacyverklaring)", LegalBasis.Consent)]
    [InlineData("Legitimate interests: fraud prevention", LegalBasis.LegitimateInterests)]
    [InlineData("Wettelijke verplichting: zie bijlage", LegalBasis.LegalObligation)]
    [InlineData("Publieke taak (GDPR)", LegalBasis.PublicTask)]
    public void The_gdpr_itself_and_text_beside_other_bases_are_no_law(string text, LegalBasis basis)
    {
        Assert.Equal(new RecognisedLegalBasis(basis, null), LegalBasisRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("Legal obligation - Public Interest Disclosure Act 1998", LegalBasis.LegalObligation, "Public Interest Disclosure Act 1998")]
    [InlineData("Publieke taak: Wet openbaarheid van bestuur", LegalBasis.PublicTask, "Wet openbaarheid van bestuur")]
    public void A_basis_before_a_dash_is_the_basis_even_when_the_law_s_title_names_another(string text, LegalBasis basis, string law)
    {
        Assert.Equal(new RecognisedLegalBasis(basis, law), LegalBasisRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("toestemming en gerechtvaardigd belang")]
    [InlineData("Art. 6(1)(b) and (f)")]
    [InlineData("art. 6 lid 1 sub b en c AVG")]
    [InlineData("Consent; contract")]
    [InlineData("Art. 6(1)(a) GDPR, legitimate interests")]
    public void A_text_naming_two_bases_is_not_guessed(string text)
    {
        Assert.Null(LegalBasisRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("zie bijlage")]
    [InlineData("AVG")]
    [InlineData("Art. 9(2)(a) GDPR")]
    [InlineData("Article 6(1)(g)")]
    [InlineData("6 maanden")]
    [InlineData("nvt")]
    public void A_text_naming_no_basis_is_not_recognised(string text)
    {
        Assert.Null(LegalBasisRecogniser.Recognise(text));
    }

    [Theory]
    [MemberData(nameof(HostileCells.All), MemberType = typeof(HostileCells))]
    public void Hostile_cells_are_recognised_or_refused_without_an_exception_in_bounded_time(string text)
    {
        var recognised = HostileCells.Bounded(() => LegalBasisRecogniser.Recognise(text));

        Assert.True(recognised is null || Enum.IsDefined(recognised.Basis));
    }
}
