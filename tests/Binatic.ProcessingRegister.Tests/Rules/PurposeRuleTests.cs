using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class PurposeRuleTests
{
    [Fact]
    public void An_activity_with_an_empty_list_of_purposes_is_an_error_at_the_list()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR003", "rpr003-empty-purposes.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/purposes", finding.JsonPointer);
        Assert.Equal((18, 15), (finding.Line, finding.Column));
        Assert.Contains("'Handling orders'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_activity_whose_only_purpose_is_blank_is_an_error_at_the_list()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR003", "rpr003-blank-purpose.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/purposes", finding.JsonPointer);
        Assert.Equal((19, 7), (finding.Line, finding.Column));
    }

    [Fact]
    public void An_activity_with_a_purpose_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR003", "clean.yaml"));
    }
}
