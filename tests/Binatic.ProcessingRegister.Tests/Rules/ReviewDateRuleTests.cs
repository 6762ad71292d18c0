namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class ReviewDateRuleTests
{
    [Fact]
    public void A_register_last_reviewed_more_than_twelve_months_ago_is_flagged_at_the_date()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR010", "review-overdue.yaml"));

        Assert.Equal("/register/lastReviewed", finding.JsonPointer);
        Assert.Equal((3, 17), (finding.Line, finding.Column));
        Assert.Contains("2025-11-24", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_without_a_review_date_is_flagged_at_its_register_section()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR010", "legitimate-interests-without-assessment.yaml"));

        Assert.Equal("/register/lastReviewed", finding.JsonPointer);
        Assert.Equal(2, finding.Line);
    }

    [Fact]
    public void A_register_reviewed_within_twelve_months_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR010", "clean.yaml"));
    }

    [Fact]
    public void A_register_last_reviewed_in_the_year_9999_is_not_overdue()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR010", "review-year-9999.yaml"));
    }
}
