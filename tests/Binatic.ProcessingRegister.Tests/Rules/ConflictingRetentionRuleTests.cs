using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class ConflictingRetentionRuleTests
{
    [Fact]
    public void Two_retention_rules_for_the_same_category_with_different_periods_are_a_warning_at_the_later_rule()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR039", "rpr039-different-periods.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/activities/0/retention/1", finding.JsonPointer);
        Assert.Equal((28, 9), (finding.Line, finding.Column));
        Assert.Contains("The retention rules 1 and 2 of the activity 'Huwelijk voltrekken' both cover the data category 'naw' but keep it for 'P7Y' and for 'P2Y'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_permanent_rule_and_a_rule_with_a_period_for_the_same_category_are_a_finding()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR039", "rpr039-permanent-and-period.yaml"));

        Assert.Equal("/activities/0/retention/1", finding.JsonPointer);
        Assert.Contains("the data category 'bsn' but keep it permanently and for 'P10Y'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_that_share_a_record_type_conflict_when_their_limits_differ()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR039", "rpr039-shared-record-type.yaml"));

        Assert.Contains("the data categories 'naw', 'bsn'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_rules_for_the_same_category_with_the_same_period_pass()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR039", "rpr039-same-period.yaml"));
    }

    [Fact]
    public void Different_periods_for_different_categories_pass()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR039", "rpr039-different-categories.yaml"));
    }

    [Fact]
    public void Rules_for_record_types_that_share_none_cover_different_records_and_pass()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR039", "rpr039-different-record-types.yaml"));
    }

    [Fact]
    public void A_rule_for_named_categories_and_a_rule_for_all_other_records_pass()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR039", "rpr039-named-and-all-other.yaml"));
    }
}
