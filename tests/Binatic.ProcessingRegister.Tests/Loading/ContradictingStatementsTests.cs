using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Loading;

public sealed class ContradictingStatementsTests
{
    [Fact]
    public void No_transfers_together_with_transfers_is_an_error_at_no_transfers()
    {
        var result = RegisterLoader.LoadFile(Fixture.Path("no-transfers-with-transfers.yaml"));

        var finding = Assert.Single(result.Diagnostics);
        Assert.False(result.Success);
        Assert.Equal((DiagnosticIds.TransfersDespiteNoTransfers, DiagnosticSeverity.Error, 21, 18), (finding.RuleId, finding.Severity, finding.Line, finding.Column));
        Assert.Equal("/activities/0/noTransfers", finding.JsonPointer);
        Assert.Contains("states 'noTransfers: true' but lists 1 transfer under 'transfers'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_permanent_retention_rule_with_a_period_is_an_error_at_the_period()
    {
        var finding = Assert.Single(RegisterLoader.LoadFile(Fixture.Path("permanent-rule-with-period.yaml")).Diagnostics);

        Assert.Equal((DiagnosticIds.PermanentRetentionWithPeriod, 23, 17), (finding.RuleId, finding.Line, finding.Column));
        Assert.Equal("/activities/0/retention/0/period", finding.JsonPointer);
        Assert.Contains("remove 'period', or 'permanent'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_wide_permanent_retention_rule_with_a_period_is_an_error_at_the_period()
    {
        var finding = Assert.Single(RegisterLoader.LoadFile(Fixture.Path("register-wide-permanent-rule-with-period.yaml")).Diagnostics);

        Assert.Equal(DiagnosticIds.PermanentRetentionWithPeriod, finding.RuleId);
        Assert.Equal("/retentionPolicy/rules/0/period", finding.JsonPointer);
    }
}
