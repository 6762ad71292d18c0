using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class LegitimateInterestsRuleTests
{
    [Fact]
    public void Legitimate_interests_without_an_assessment_reference_is_a_warning_at_the_basis()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR013", "legitimate-interests-without-assessment.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/activities/0/legalBases/0/basis", finding.JsonPointer);
        Assert.Equal((18, 16), (finding.Line, finding.Column));
    }

    [Fact]
    public void A_register_without_legitimate_interests_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR013", "clean.yaml"));
    }
}
