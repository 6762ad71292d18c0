using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class DataProtectionOfficerRuleTests
{
    [Fact]
    public void A_register_silent_on_the_data_protection_officer_is_a_warning_at_the_missing_key()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR002", "rpr002-no-dpo.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/controller/dataProtectionOfficer", finding.JsonPointer);
        Assert.Equal((5, 3), (finding.Line, finding.Column));
        Assert.Contains("designated: false", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stating_that_no_data_protection_officer_is_designated_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR002", "rpr002-dpo-not-designated.yaml"));
    }

    [Fact]
    public void A_designated_data_protection_officer_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR002", "clean.yaml"));
    }

    [Fact]
    public void A_controller_outside_the_eea_silent_on_its_representative_is_a_warning_at_the_missing_key()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR002", "rpr002-outside-eea-no-representative.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/controller/representative", finding.JsonPointer);
        Assert.Equal((5, 3), (finding.Line, finding.Column));
        Assert.Contains("US", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("(Art. 30(1)(a), 27).", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_controller_outside_the_eea_that_names_its_representative_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR002", "rpr002-outside-eea-with-representative.yaml"));
    }

    [Fact]
    public void A_controller_whose_address_names_no_country_is_not_asked_for_a_representative()
    {
        Assert.DoesNotContain(RuleFixture.FindingsOf("RPR002", "rpr002-no-dpo.yaml"), d => d.JsonPointer == "/controller/representative");
    }

    [Fact]
    public void In_a_register_with_two_controllers_the_one_silent_on_its_officer_is_a_warning_at_its_own_entry()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR002", "several-controllers.yaml"));

        Assert.Equal("/controllers/1/dataProtectionOfficer", finding.JsonPointer);
        Assert.Contains("'Example Foundation'", finding.Message, StringComparison.Ordinal);
    }
}
