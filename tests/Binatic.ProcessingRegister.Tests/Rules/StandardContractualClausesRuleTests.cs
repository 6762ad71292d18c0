using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class StandardContractualClausesRuleTests
{
    [Fact]
    public void Clauses_on_the_2010_decision_are_an_error_at_their_reference()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR025", "rpr025-old-scc.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/transfers/0/safeguards/0/reference", finding.JsonPointer);
        Assert.Equal((25, 24), (finding.Line, finding.Column));
        Assert.Contains("2010/87", finding.Message, StringComparison.Ordinal);
        Assert.Contains("27 December 2022", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clauses_without_a_reference_are_a_warning_at_the_safeguard_type()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR025", "rpr025-scc-without-reference.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/activities/0/transfers/0/safeguards/0/type", finding.JsonPointer);
        Assert.Equal((24, 19), (finding.Line, finding.Column));
    }

    [Fact]
    public void Clauses_on_the_2021_decision_pass()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR025", "rpr025-current-scc.yaml"));
    }

    [Fact]
    public void A_register_without_transfers_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR025", "clean.yaml"));
    }
}
