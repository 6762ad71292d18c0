using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class ClientAgreementRuleTests
{
    private const string Fixture = "rpr049-client-agreements.yaml";

    [Fact]
    public void A_client_without_a_processing_agreement_is_an_error_at_the_client()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR049", Fixture), d => d.JsonPointer.StartsWith("/processorRecord/clients/0/", StringComparison.Ordinal));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/processorRecord/clients/0/processingAgreement", finding.JsonPointer);
        Assert.Equal((10, 7), (finding.Line, finding.Column));
        Assert.Contains("Client 'shop' has no processing agreement", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agreement_not_in_place_is_an_error_at_in_place()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR049", Fixture), d => d.JsonPointer.StartsWith("/processorRecord/clients/1/", StringComparison.Ordinal));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/processorRecord/clients/1/processingAgreement/inPlace", finding.JsonPointer);
        Assert.Equal((17, 18), (finding.Line, finding.Column));
        Assert.Contains("'clinic'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agreement_in_place_without_a_reference_is_an_error_at_the_agreement()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR049", Fixture), d => d.JsonPointer.StartsWith("/processorRecord/clients/2/", StringComparison.Ordinal));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/processorRecord/clients/2/processingAgreement/reference", finding.JsonPointer);
        Assert.Equal((24, 9), (finding.Line, finding.Column));
    }

    [Fact]
    public void A_client_with_an_agreement_in_place_and_its_reference_is_not_reported()
    {
        Assert.DoesNotContain(RuleFixture.FindingsOf("RPR049", Fixture), d => d.JsonPointer.StartsWith("/processorRecord/clients/3/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_processor_s_record_whose_clients_all_have_agreements_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR049", "processor-clean.yaml"));
    }

    [Fact]
    public void A_register_without_a_processor_s_record_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR049", "clean.yaml"));
    }
}
