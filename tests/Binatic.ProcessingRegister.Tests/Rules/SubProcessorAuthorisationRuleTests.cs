using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class SubProcessorAuthorisationRuleTests
{
    private const string Fixture = "rpr050-sub-processor-authorisation.yaml";

    [Fact]
    public void A_sub_processor_of_a_client_whose_agreement_records_no_authorisation_is_an_error_at_its_first_reference()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR050", Fixture), d => d.JsonPointer.StartsWith("/processorRecord/clients/0/", StringComparison.Ordinal));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/processorRecord/clients/0/processing/0/subProcessors/0", finding.JsonPointer);
        Assert.Equal((18, 27), (finding.Line, finding.Column));
        Assert.Contains("records no authorisation of sub-processors", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sub_processor_a_specific_authorisation_does_not_list_is_an_error_once_per_client_at_its_first_reference()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR050", Fixture), d => d.JsonPointer.StartsWith("/processorRecord/clients/1/", StringComparison.Ordinal));

        Assert.Equal("/processorRecord/clients/1/processing/1/subProcessors/1", finding.JsonPointer);
        Assert.Equal((32, 39), (finding.Line, finding.Column));
        Assert.Equal("'Second-line support' engages sub-processor 'support', which the specific authorisation of client 'clinic' does not list; obtain the client's written authorisation and add it to 'authorisedSubProcessors', or stop engaging it for this client (Art. 28(2), 28(4)).", finding.Message);
    }

    [Fact]
    public void A_general_authorisation_covers_every_sub_processor()
    {
        Assert.DoesNotContain(RuleFixture.FindingsOf("RPR050", Fixture), d => d.JsonPointer.StartsWith("/processorRecord/clients/2/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_client_without_an_agreement_in_place_is_left_to_RPR049()
    {
        Assert.DoesNotContain(RuleFixture.FindingsOf("RPR050", Fixture), d => d.JsonPointer.StartsWith("/processorRecord/clients/3/", StringComparison.Ordinal));
    }

    [Fact]
    public void Sub_processors_authorised_generally_or_by_name_pass()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR050", "processor-clean.yaml"));
    }
}
