using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class EventBasedRetentionRuleTests
{
    [Fact]
    public void An_activity_keeping_data_until_an_event_without_a_period_is_informed_at_the_event()
    {
        var findings = RuleFixture.FindingsOf("RPR008", "rpr008-until-account-deleted.yaml");

        var finding = Assert.Single(findings, d => d.JsonPointer == "/activities/0/retention/0/from");
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Equal((25, 15), (finding.Line, finding.Column));
        Assert.Contains("'deletion of the account'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("backups", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_wide_rule_keeping_data_until_an_event_without_a_period_is_informed_at_the_event()
    {
        var findings = RuleFixture.FindingsOf("RPR008", "rpr008-until-account-deleted.yaml");

        var finding = Assert.Single(findings, d => d.JsonPointer == "/retentionPolicy/rules/0/from");
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Equal((29, 13), (finding.Line, finding.Column));
    }

    [Fact]
    public void A_rule_with_a_period_after_the_event_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR008", "clean.yaml"));
    }

    [Fact]
    public void A_permanent_rule_that_counts_from_an_event_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR008", "rpr008-permanent-from-event.yaml"));
    }
}
