using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class DataSubjectsAndCategoriesRuleTests
{
    [Fact]
    public void An_activity_without_data_subject_categories_is_an_error_at_its_data_subjects()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR004", "rpr004-no-data-subjects.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/dataSubjects", finding.JsonPointer);
        Assert.Equal((19, 19), (finding.Line, finding.Column));
    }

    [Fact]
    public void An_activity_without_personal_data_categories_is_an_error_at_its_data_categories()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR004", "rpr004-no-data-categories.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/dataCategories", finding.JsonPointer);
        Assert.Equal((20, 21), (finding.Line, finding.Column));
    }

    [Fact]
    public void An_activity_naming_both_data_subjects_and_data_categories_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR004", "clean.yaml"));
    }
}
