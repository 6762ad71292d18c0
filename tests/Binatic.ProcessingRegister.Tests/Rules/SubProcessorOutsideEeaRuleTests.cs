using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class SubProcessorOutsideEeaRuleTests
{
    private const string Fixture = "rpr051-sub-processors-abroad.yaml";

    [Fact]
    public void A_sub_processor_in_the_US_without_certification_or_a_transfer_is_an_error_at_its_location()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR051", Fixture), d => d.JsonPointer.StartsWith("/processorRecord/subProcessors/0/", StringComparison.Ordinal));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/processorRecord/subProcessors/0/location", finding.JsonPointer);
        Assert.Equal((23, 9), (finding.Line, finding.Column));
        Assert.Equal("Sub-processor 'helpdesk' processes data in US, but the processor's record has no transfer to it with a safeguard; add one under 'processorRecord.transfers' (Art. 28(4), 44-46, 30(2)(c)).", finding.Message);
    }

    [Fact]
    public void A_sub_processor_in_the_US_certified_under_the_Data_Privacy_Framework_needs_no_safeguard()
    {
        Assert.DoesNotContain(RuleFixture.FindingsOf("RPR051", Fixture), d => d.JsonPointer.StartsWith("/processorRecord/subProcessors/1/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sub_processor_outside_the_EEA_without_countries_or_a_transfer_is_an_error()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR051", Fixture), d => d.JsonPointer.StartsWith("/processorRecord/subProcessors/2/", StringComparison.Ordinal));

        Assert.Equal("/processorRecord/subProcessors/2/location", finding.JsonPointer);
        Assert.Contains("processes data outside the EEA", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sub_processor_in_a_country_with_an_adequacy_decision_needs_no_safeguard()
    {
        Assert.DoesNotContain(RuleFixture.FindingsOf("RPR051", Fixture), d => d.JsonPointer.StartsWith("/processorRecord/subProcessors/3/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sub_processor_with_a_transfer_to_its_country_and_a_safeguard_passes()
    {
        Assert.DoesNotContain(RuleFixture.FindingsOf("RPR051", Fixture), d => d.JsonPointer.StartsWith("/processorRecord/subProcessors/4/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_transfer_to_the_country_that_names_another_recipient_is_no_safeguard_for_the_sub_processor()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR051", Fixture), d => d.JsonPointer.StartsWith("/processorRecord/subProcessors/5/", StringComparison.Ordinal));

        Assert.Contains("'elsewhere' processes data in SG", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sub_processor_outside_the_EEA_named_by_a_transfer_with_a_safeguard_passes()
    {
        Assert.DoesNotContain(RuleFixture.FindingsOf("RPR051", Fixture), d => d.JsonPointer.StartsWith("/processorRecord/subProcessors/6/", StringComparison.Ordinal));
    }

    [Fact]
    public void Sub_processors_in_the_EEA_in_adequate_countries_or_with_safeguards_pass()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR051", "processor-clean.yaml"));
    }
}
