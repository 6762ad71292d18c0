using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class ChildrenWithoutConsentRuleTests
{
    [Fact]
    public void A_children_statement_without_a_consent_based_activity_is_an_info_at_the_statement()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR023", "rpr023-children-without-consent.yaml"));

        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Equal("/children", finding.JsonPointer);
        Assert.Equal((21, 3), (finding.Line, finding.Column));
        Assert.Equal("The register sets an age of consent for children (16), but no activity relies on consent, the only basis Art. 8(1) governs; add the consent-based activity or explain what the age limit covers (Art. 8(1)).", finding.Message);
    }

    [Fact]
    public void A_children_statement_with_a_consent_based_activity_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR023", "rpr023-children-with-consent.yaml"));
    }

    [Fact]
    public void A_register_without_a_children_statement_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR023", "clean.yaml"));
    }
}
