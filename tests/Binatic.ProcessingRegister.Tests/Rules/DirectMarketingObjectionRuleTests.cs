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
}
