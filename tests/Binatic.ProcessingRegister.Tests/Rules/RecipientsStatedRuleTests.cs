using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class RecipientsStatedRuleTests
{
    [Fact]
    public void An_activity_without_a_recipients_key_is_an_error_at_the_missing_key()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR005", "rpr005-recipients-not-stated.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/recipients", finding.JsonPointer);
        Assert.Equal((16, 5), (finding.Line, finding.Column));
        Assert.Contains("'recipients: []'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_activity_stating_an_empty_list_of_recipients_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR005", "rpr005-no-recipients.yaml"));
    }

    [Fact]
    public void An_activity_listing_its_recipients_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR005", "clean.yaml"));
    }
}
