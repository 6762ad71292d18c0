using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class Article49DerogationRuleTests
{
    [Fact]
    public void A_derogation_for_a_regular_transfer_is_an_error_at_the_derogation()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR029", "rpr029-derogation-regular.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/transfers/0/safeguards/0/derogation", finding.JsonPointer);
        Assert.Equal((26, 25), (finding.Line, finding.Column));
        Assert.Contains("explicitConsent", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_derogation_for_a_transfer_of_unstated_frequency_is_an_error()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR029", "rpr029-derogation-frequency-unstated.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/transfers/0/safeguards/0/derogation", finding.JsonPointer);
        Assert.Equal((25, 25), (finding.Line, finding.Column));
    }

    [Fact]
    public void Compelling_legitimate_interests_without_documentation_are_an_error_at_the_safeguard()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR029", "rpr029-compelling-interests-undocumented.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/transfers/0/safeguards/0/reference", finding.JsonPointer);
        Assert.Equal((25, 13), (finding.Line, finding.Column));
    }

    [Fact]
    public void Occasional_and_documented_derogations_pass()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR029", "rpr029-occasional-documented.yaml"));
    }
}
