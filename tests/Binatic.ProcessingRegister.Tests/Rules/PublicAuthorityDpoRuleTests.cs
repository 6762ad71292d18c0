using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class PublicAuthorityDpoRuleTests
{
    [Fact]
    public void A_public_authority_whose_register_is_silent_on_the_officer_is_an_error_at_the_missing_key()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR042", "rpr042-gemeente-zonder-fg.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/controller/dataProtectionOfficer", finding.JsonPointer);
        Assert.Equal((5, 3), (finding.Line, finding.Column));
        Assert.Equal("The register names no data protection officer for 'Gemeente Voorbeeld', a public authority, which must designate one; record the officer with 'designated: true' and contact details (Art. 37(1)(a), 30(1)(a)).", finding.Message);
    }

    [Fact]
    public void A_public_authority_silent_on_the_officer_is_not_also_asked_by_RPR002_whether_one_is_needed()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR002", "rpr042-gemeente-zonder-fg.yaml"));
    }

    [Fact]
    public void A_public_authority_that_designated_no_officer_is_an_error_at_designated()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR042", "rpr042-gemeente-fg-niet-aangewezen.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/controller/dataProtectionOfficer/designated", finding.JsonPointer);
        Assert.Equal((9, 17), (finding.Line, finding.Column));
        Assert.Equal("The register says 'Gemeente Voorbeeld' has designated no data protection officer, but as a public authority it must; designate one and record the officer's contact details (Art. 37(1)(a), 30(1)(a)).", finding.Message);
    }

    [Fact]
    public void A_public_authority_with_a_designated_officer_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR042", "rpr042-gemeente-met-fg.yaml"));
    }

    [Theory]
    [InlineData("rpr002-no-dpo.yaml")]
    [InlineData("rpr002-dpo-not-designated.yaml")]
    public void A_controller_that_is_no_public_authority_is_left_to_RPR002(string fixture)
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR042", fixture));
    }

    [Fact]
    public void In_a_register_with_two_controllers_only_a_public_authority_without_an_officer_is_an_error()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR042", "several-controllers.yaml"));
    }
}
