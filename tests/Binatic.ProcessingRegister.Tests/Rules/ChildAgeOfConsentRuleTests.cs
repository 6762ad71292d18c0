using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class ChildAgeOfConsentRuleTests
{
    [Fact]
    public void An_age_below_16_for_a_dutch_controller_is_an_error_at_the_age()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR022", "rpr022-dutch-age-13.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/children/ageOfConsent", finding.JsonPointer);
        Assert.Equal((27, 17), (finding.Line, finding.Column));
        Assert.Equal("The age of consent for children is 13, but Example BV is established in the Netherlands, where a parent must consent under 16; set it to 16 (Art. 8(1); UAVG art. 5).", finding.Message);
    }

    [Fact]
    public void An_age_below_13_is_an_error_at_the_age_wherever_the_controller_is()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR022", "rpr022-age-12.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/children/ageOfConsent", finding.JsonPointer);
        Assert.Equal((27, 17), (finding.Line, finding.Column));
        Assert.Equal("The age of consent for children is 12, below 13, the lowest any member state may set; set the age of the member state where the controller is established (Art. 8(1)).", finding.Message);
    }

    [Fact]
    public void The_dutch_age_of_16_for_a_dutch_controller_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR022", "rpr022-dutch-age-16.yaml"));
    }

    [Fact]
    public void An_age_of_13_for_a_controller_outside_the_netherlands_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR022", "rpr022-belgian-age-13.yaml"));
    }

    [Fact]
    public void Without_a_country_in_the_address_only_the_lowest_age_applies()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR022", "rpr022-age-13-without-country.yaml"));
    }

    [Fact]
    public void A_register_without_a_children_statement_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR022", "clean.yaml"));
    }
}
