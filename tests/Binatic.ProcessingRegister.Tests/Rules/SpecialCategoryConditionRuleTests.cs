using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class SpecialCategoryConditionRuleTests
{
    [Fact]
    public void Health_data_without_an_article_9_condition_is_an_error_at_the_reference_to_the_category()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR018", "rpr018-health-data-without-condition.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/dataCategories/1", finding.JsonPointer);
        Assert.Equal((20, 28), (finding.Line, finding.Column));
        Assert.Equal("'Absence management' processes 'sick-leave', health data, without an Art. 9(2) condition; add 'specialCategoryConditions' (Art. 9(1)-(2)).", finding.Message);
    }

    [Fact]
    public void Health_data_with_an_article_9_condition_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR018", "rpr018-health-data-with-condition.yaml"));
    }

    [Fact]
    public void A_special_category_that_no_condition_names_is_an_error_at_the_reference_to_the_category()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR018", "rpr018-condition-for-another-category.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/dataCategories/2", finding.JsonPointer);
        Assert.Equal((24, 40), (finding.Line, finding.Column));
        Assert.Equal("'Absence management' processes 'union', data revealing trade-union membership, but none of its Art. 9(2) conditions covers it; add 'union' to the 'dataCategories' of the condition that applies, or add a condition for it (Art. 9(1)-(2)).", finding.Message);
    }

    [Fact]
    public void Special_categories_each_named_by_a_condition_pass()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR018", "rpr018-condition-per-category.yaml"));
    }

    [Fact]
    public void A_condition_that_names_no_categories_covers_every_special_category_of_the_activity()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR018", "rpr018-condition-for-all-categories.yaml"));
    }

    [Fact]
    public void A_register_without_special_categories_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR018", "clean.yaml"));
    }
}
