using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class RecipientOutsideEeaRuleTests
{
    [Fact]
    public void A_recipient_in_the_US_without_a_transfer_is_an_error_at_the_activitys_reference_to_it()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR030", "rpr030-recipient-in-us-without-transfer.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/recipients/1", finding.JsonPointer);
        Assert.Equal((32, 27), (finding.Line, finding.Column));
        Assert.Contains("in US", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("IE", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recipient_outside_the_EEA_in_unnamed_countries_without_a_transfer_to_it_is_an_error()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR030", "rpr030-recipient-outside-eea-without-transfer.yaml"));

        Assert.Equal("/activities/0/recipients/0", finding.JsonPointer);
        Assert.Equal((28, 18), (finding.Line, finding.Column));
        Assert.Contains("outside the EEA", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recipients_abroad_with_transfers_in_the_activity_or_register_wide_pass()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR030", "rpr030-recipients-abroad-with-transfers.yaml"));
    }

    [Fact]
    public void A_recipient_within_the_EEA_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR030", "clean.yaml"));
    }
}
