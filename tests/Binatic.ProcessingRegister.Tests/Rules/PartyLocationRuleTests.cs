using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class PartyLocationRuleTests
{
    private const string Fixture = "rpr033-locations-unknown.yaml";

    [Fact]
    public void A_processor_without_a_location_is_a_warning_at_the_processor()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR033", Fixture), d => d.JsonPointer.StartsWith("/processors/", StringComparison.Ordinal));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/processors/0/location", finding.JsonPointer);
        Assert.Equal((14, 5), (finding.Line, finding.Column));
    }

    [Fact]
    public void A_recipient_located_only_in_words_is_a_warning_at_its_location()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR033", Fixture), d => d.JsonPointer.StartsWith("/recipients/", StringComparison.Ordinal));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/recipients/0/location", finding.JsonPointer);
        Assert.Equal((22, 7), (finding.Line, finding.Column));
        Assert.Contains("'accountant'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_location_stating_only_within_the_EEA_is_known()
    {
        Assert.DoesNotContain(RuleFixture.FindingsOf("RPR033", Fixture), d => d.JsonPointer == "/recipients/1/location");
    }

    [Fact]
    public void A_processor_with_countries_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR033", "clean.yaml"));
    }
}
