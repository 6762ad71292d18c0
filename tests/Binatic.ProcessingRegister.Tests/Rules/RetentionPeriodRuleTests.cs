using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class RetentionPeriodRuleTests
{
    [Fact]
    public void Retention_of_no_longer_than_necessary_is_a_warning_at_the_activity_retention()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR007", "rpr007-no-retention-period.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/activities/0/retention", finding.JsonPointer);
        Assert.Equal((24, 7), (finding.Line, finding.Column));
        Assert.Contains("'name', 'email'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_category_covered_by_no_rule_with_a_period_is_named_in_the_warning()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR007", "rpr007-category-without-period.yaml"));

        Assert.Equal("/activities/0/retention", finding.JsonPointer);
        Assert.Equal((24, 7), (finding.Line, finding.Column));
        Assert.Contains("the data category 'email'", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'name'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Categories_covered_partly_by_activity_rules_and_partly_by_register_wide_rules_pass()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR007", "rpr007-every-category-covered.yaml"));
    }

    [Fact]
    public void An_activity_rule_with_a_period_and_no_data_categories_covers_every_category()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR007", "clean.yaml"));
    }

    [Fact]
    public void A_permanent_rule_sets_the_time_limit_for_the_categories_it_covers()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR007", "rpr007-permanent.yaml"));
    }
}
