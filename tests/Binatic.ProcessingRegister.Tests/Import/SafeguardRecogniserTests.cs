using Binatic.ProcessingRegister.Import;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Import;

public sealed class SafeguardRecogniserTests
{
    [Theory]
    [InlineData("Adequacy decision", SafeguardType.AdequacyDecision)]
    [InlineData("adequaatheidsbesluit", SafeguardType.AdequacyDecision)]
    [InlineData("Décision d'adéquation", SafeguardType.AdequacyDecision)]
    [InlineData("Art. 45 AVG", SafeguardType.AdequacyDecision)]
    [InlineData("Passend beschermingsniveau", SafeguardType.AdequacyDecision)]
    [InlineData("SCCs", SafeguardType.StandardContractualClauses)]
    [InlineData("Standard contractual clauses (2021/914)", SafeguardType.StandardContractualClauses)]
    [InlineData("modelcontractbepalingen", SafeguardType.StandardContractualClauses)]
    [InlineData("Standaardcontractbepalingen", SafeguardType.StandardContractualClauses)]
    [InlineData("Clauses contractuelles types (CCT)", SafeguardType.StandardContractualClauses)]
    [InlineData("art. 46 lid 2 sub c AVG", SafeguardType.StandardContractualClauses)]
    [InlineData("BCR", SafeguardType.BindingCorporateRules)]
    [InlineData("Binding corporate rules", SafeguardType.BindingCorporateRules)]
    [InlineData("bindende bedrijfsvoorschriften", SafeguardType.BindingCorporateRules)]
    [InlineData("Règles d'entreprise contraignantes", SafeguardType.BindingCorporateRules)]
    [InlineData("Article 47", SafeguardType.BindingCorporateRules)]
    [InlineData("Code of conduct", SafeguardType.CodeOfConduct)]
    [InlineData("gedragscode", SafeguardType.CodeOfConduct)]
    [InlineData("Code de conduite", SafeguardType.CodeOfConduct)]
    [InlineData("Certification", SafeguardType.Certification)]
    [InlineData("certificering", SafeguardType.Certification)]
    [InlineData("EU-US Privacy Shield", SafeguardType.EuUsPrivacyShield)]
    [InlineData("standardContractualClauses", SafeguardType.StandardContractualClauses)]
    public void A_safeguard_is_recognised_by_its_name_or_article_in_english_dutch_and_french(string text, SafeguardType type)
    {
        Assert.Equal(new RecognisedSafeguard(type, null), SafeguardRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("EU-US Data Privacy Framework")]
    [InlineData("DPF")]
    [InlineData("DPF-certificering")]
    [InlineData("Data Privacy Framework (adequacy decision 2023/1795)")]
    public void The_data_privacy_framework_is_the_us_adequacy_decision(string text)
    {
        Assert.Equal(new RecognisedSafeguard(SafeguardType.AdequacyDecision, null), SafeguardRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("explicit consent", Article49Derogation.ExplicitConsent)]
    [InlineData("toestemming van de betrokkene", Article49Derogation.ExplicitConsent)]
    [InlineData("uitdrukkelijke toestemming", Article49Derogation.ExplicitConsent)]
    [InlineData("Consentement explicite", Article49Derogation.ExplicitConsent)]
    [InlineData("Art. 49(1)(a)", Article49Derogation.ExplicitConsent)]
    [InlineData("Derogation: contract with the data subject", Article49Derogation.ContractWithDataSubject)]
    [InlineData("art. 49 lid 1 sub b AVG", Article49Derogation.ContractWithDataSubject)]
    [InlineData("in het belang van de betrokkene", Article49Derogation.ContractInDataSubjectInterest)]
    [InlineData("Important reasons of public interest", Article49Derogation.PublicInterest)]
    [InlineData("gewichtige redenen van algemeen belang", Article49Derogation.PublicInterest)]
    [InlineData("Motifs importants d'intérêt public", Article49Derogation.PublicInterest)]
    [InlineData("legal claims", Article49Derogation.LegalClaims)]
    [InlineData("Instellen van een rechtsvordering", Article49Derogation.LegalClaims)]
    [InlineData("constatation, exercice ou défense de droits en justice", Article49Derogation.LegalClaims)]
    [InlineData("vital interests", Article49Derogation.VitalInterests)]
    [InlineData("Vitale belangen", Article49Derogation.VitalInterests)]
    [InlineData("Intérêts vitaux", Article49Derogation.VitalInterests)]
    [InlineData("public register", Article49Derogation.PublicRegister)]
    [InlineData("openbaar register", Article49Derogation.PublicRegister)]
    [InlineData("Registre public", Article49Derogation.PublicRegister)]
    [InlineData("Art. 49(1)(g) GDPR: public register", Article49Derogation.PublicRegister)]
    [InlineData("compelling legitimate interests", Article49Derogation.CompellingLegitimateInterests)]
    public void An_article_49_derogation_is_recognised_with_the_derogation_it_names(string text, Article49Derogation derogation)
    {
        Assert.Equal(new RecognisedSafeguard(SafeguardType.Derogation, derogation), SafeguardRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("Art. 49 AVG")]
    [InlineData("afwijking")]
    [InlineData("Dérogation")]
    public void A_derogation_that_does_not_say_which_is_a_derogation_without_one(string text)
    {
        Assert.Equal(new RecognisedSafeguard(SafeguardType.Derogation, null), SafeguardRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("SCCs and BCRs")]
    [InlineData("Privacy Shield / SCC")]
    [InlineData("DPF en modelcontractbepalingen")]
    [InlineData("explicit consent or legal claims")]
    [InlineData("SCCs; explicit consent")]
    public void A_text_naming_two_safeguards_is_not_guessed(string text)
    {
        Assert.Null(SafeguardRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("passende waarborgen")]
    [InlineData("zie verwerkersovereenkomst")]
    [InlineData("Art. 46 GDPR")]
    [InlineData("45 dagen")]
    [InlineData("gerechtvaardigd belang")]
    public void A_text_naming_no_safeguard_is_not_recognised(string text)
    {
        Assert.Null(SafeguardRecogniser.Recognise(text));
    }

    [Theory]
    [MemberData(nameof(HostileCells.All), MemberType = typeof(HostileCells))]
    public void Hostile_cells_are_recognised_or_refused_without_an_exception_in_bounded_time(string text)
    {
        var recognised = HostileCells.Bounded(() => SafeguardRecogniser.Recognise(text));

        Assert.True(recognised is null || Enum.IsDefined(recognised.Type));
    }
}
