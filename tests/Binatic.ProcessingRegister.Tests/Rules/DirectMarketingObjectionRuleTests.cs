using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class DirectMarketingObjectionRuleTests
{
    [Fact]
    public void A_newsletter_purpose_without_the_right_to_object_is_a_warning_at_the_first_such_purpose()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR016", "rpr016-newsletter-without-objection.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/activities/0/purposes/1", finding.JsonPointer);
        Assert.Equal((17, 9), (finding.Line, finding.Column));
        Assert.Equal("'Klantcontact' is used for marketing, but the register does not offer the right to object to direct marketing ('objectionToDirectMarketing'); that objection is absolute, possible at any time, and must be brought to data subjects' attention explicitly (Art. 21(2)-(4)).", finding.Message);
    }

    [Fact]
    public void A_marketing_interest_in_a_register_without_rights_is_a_warning_at_that_interest()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR016", "rpr016-marketing-interest-without-rights.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/activities/0/legalBases/1/interests/1", finding.JsonPointer);
        Assert.Equal((23, 13), (finding.Line, finding.Column));
    }

    [Fact]
    public void A_newsletter_in_a_register_that_offers_only_the_general_right_to_object_is_still_a_warning()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR016", "rpr016-newsletter-with-general-objection-only.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void A_newsletter_in_a_register_that_offers_the_right_to_object_to_direct_marketing_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR016", "rpr016-newsletter-with-objection.yaml"));
    }

    [Fact]
    public void A_register_without_marketing_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR016", "clean.yaml"));
    }

    [Theory]
    [InlineData("rpr016-municipal-advertising-tax-and-permit.yaml", 43, 9)]
    [InlineData("rpr016-municipal-advertising-tax-and-permit-en.yaml", 42, 9)]
    public void A_municipal_advertising_tax_and_permit_are_not_marketing_but_its_newsletter_is(string fixture, int line, int column)
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR016", fixture));

        Assert.Equal("/activities/2/purposes/1", finding.JsonPointer);
        Assert.Equal((line, column), (finding.Line, finding.Column));
    }

    [Theory]
    [InlineData("Heffen en innen van reclamebelasting.")]
    [InlineData("Beoordelen van aanvragen voor een reclamevergunning.")]
    [InlineData("Toezicht op reclameborden en reclamezuilen.")]
    [InlineData("Verhuur van reclamemasten langs de snelweg.")]
    [InlineData("Handhaven van de regels voor buitenreclame.")]
    [InlineData("Klanten kunnen reclameren over geleverde producten.")]
    [InlineData("Behandelen van reclamaties over facturen.")]
    [InlineData("Plaatsen van vacature-advertenties.")]
    [InlineData("Levying the advertising tax.")]
    [InlineData("Deciding on advertising permits for shop fronts.")]
    [InlineData("Renewing advertising licences of market traders.")]
    [InlineData("Supervising outdoor advertising on lamp posts.")]
    [InlineData("Licensing advertising hoardings and advertising signs.")]
    [InlineData("Publishing job advertisements.")]
    [InlineData("Registering stallholders at the weekly market.")]
    public void Known_non_matches_are_not_marketing(string purpose)
    {
        Assert.Empty(FindingsFor(purpose));
    }

    [Theory]
    [InlineData("marketingdoeleinden")]
    [InlineData("Telemarketing naar bestaande klanten.")]
    [InlineData("Versturen van de e-mailnieuwsbrief.")]
    [InlineData("Nieuwsbrieven sturen aan abonnees.")]
    [InlineData("Gepersonaliseerde reclame tonen.")]
    [InlineData("Reclame-uitingen per e-mail.")]
    [InlineData("Gebruik voor reclamedoeleinden.")]
    [InlineData("Versturen van reclamemails.")]
    [InlineData("Tonen van advertenties op maat.")]
    [InlineData("Direct marketing by post.")]
    [InlineData("Sending the monthly newsletter.")]
    [InlineData("Targeted advertising on our website.")]
    [InlineData("Direct mailings to former customers.")]
    public void Known_matches_in_Dutch_compounds_and_English_phrases_are_marketing(string purpose)
    {
        var finding = Assert.Single(FindingsFor(purpose));

        Assert.Equal("/activities/0/purposes/0", finding.JsonPointer);
    }

    private static IReadOnlyList<Diagnostic> FindingsFor(string purpose) =>
        TransferAndRiskRegisters.FindingsOf("RPR016", TransferAndRiskRegisters.Empty with
        {
            Activities = [TransferAndRiskRegisters.Activity("Activity", purpose)],
        });
}
