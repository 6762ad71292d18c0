using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class ProcessingAgreementRuleTests
{
    private const string Fixture = "rpr032-processing-agreements.yaml";

    [Fact]
    public void A_processor_without_a_processing_agreement_is_an_error_at_the_processor()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR032", Fixture), d => d.JsonPointer.StartsWith("/processors/0/", StringComparison.Ordinal));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/processors/0/processingAgreement", finding.JsonPointer);
        Assert.Equal((14, 5), (finding.Line, finding.Column));
        Assert.Contains("'hosting'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agreement_not_in_place_is_an_error_at_in_place()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR032", Fixture), d => d.JsonPointer.StartsWith("/processors/1/", StringComparison.Ordinal));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/processors/1/processingAgreement/inPlace", finding.JsonPointer);
        Assert.Equal((21, 16), (finding.Line, finding.Column));
    }

    [Fact]
    public void An_agreement_in_place_without_a_reference_is_an_error_at_the_agreement()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR032", Fixture), d => d.JsonPointer.StartsWith("/processors/2/", StringComparison.Ordinal));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/processors/2/processingAgreement/reference", finding.JsonPointer);
        Assert.Equal((26, 7), (finding.Line, finding.Column));
    }

    [Fact]
    public void A_processor_with_an_agreement_in_place_and_its_reference_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR032", "clean.yaml"));
    }
}
