using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class PrivacyShieldRuleTests
{
    [Fact]
    public void A_transfer_naming_the_privacy_shield_is_an_error_at_that_safeguard()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR024", "privacy-shield.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/transfers/0/safeguards/1/type", finding.JsonPointer);
        Assert.Equal((26, 19), (finding.Line, finding.Column));
        Assert.Contains("16 July 2020", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_without_the_privacy_shield_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR024", "clean.yaml"));
    }
}
