using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class TransferImpactAssessmentRuleTests
{
    [Fact]
    public void Clauses_for_a_country_without_adequacy_and_no_assessment_are_a_warning_at_the_missing_reference()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR028", "rpr028-scc-without-tia.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/activities/0/transfers/0/impactAssessmentReference", finding.JsonPointer);
        Assert.Equal((22, 9), (finding.Line, finding.Column));
    }

    [Fact]
    public void Clauses_with_an_impact_assessment_reference_pass()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR028", "rpr028-scc-with-tia.yaml"));
    }

    [Fact]
    public void Clauses_for_a_DPF_certified_US_recipient_need_no_assessment()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR028", "rpr028-scc-to-certified-us-recipient.yaml"));
    }
}
