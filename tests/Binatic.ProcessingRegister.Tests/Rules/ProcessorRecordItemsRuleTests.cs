using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class ProcessorRecordItemsRuleTests
{
    private const string Fixture = "rpr055-items-not-stated.yaml";

    [Fact]
    public void A_processor_s_record_that_does_not_name_the_processor_is_a_warning_at_the_record()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR055", Fixture), d => d.JsonPointer == "/processorRecord/processor");

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal((6, 3), (finding.Line, finding.Column));
        Assert.Contains("(Art. 30(2)(a))", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_client_without_categories_of_processing_is_a_warning_at_the_client()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR055", Fixture), d => d.JsonPointer.StartsWith("/processorRecord/clients/", StringComparison.Ordinal));

        Assert.Equal("/processorRecord/clients/1/processing", finding.JsonPointer);
        Assert.Equal((14, 7), (finding.Line, finding.Column));
        Assert.Equal("Client 'clinic' has no categories of processing; list under 'processing' what is done on its behalf (Art. 30(2)(b)).", finding.Message);
    }

    [Fact]
    public void A_register_that_keeps_both_records_for_one_controller_lets_the_controller_s_details_serve()
    {
        Assert.Empty(TransferAndRiskRegisters.FindingsOf("RPR055", WithoutProcessor(RegisterRole.ControllerAndProcessor, controllers: 1)));
    }

    [Fact]
    public void A_register_that_keeps_both_records_for_several_controllers_must_name_the_processor()
    {
        var finding = Assert.Single(TransferAndRiskRegisters.FindingsOf("RPR055", WithoutProcessor(RegisterRole.ControllerAndProcessor, controllers: 2)));

        Assert.Equal("/processorRecord/processor", finding.JsonPointer);
    }

    [Fact]
    public void A_processor_only_register_must_name_the_processor()
    {
        Assert.Single(TransferAndRiskRegisters.FindingsOf("RPR055", WithoutProcessor(RegisterRole.Processor, controllers: 0)));
    }

    [Fact]
    public void A_processor_s_record_that_names_the_processor_and_what_it_does_for_each_client_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR055", "processor-clean.yaml"));
    }

    private static Register WithoutProcessor(RegisterRole role, int controllers)
    {
        var register = TransferAndRiskRegisters.ProcessorOnly(new ProcessingCategory { Name = "Hosting" });
        return register with
        {
            Info = register.Info with { Role = role },
            Controllers = [.. Enumerable.Range(1, controllers).Select(n => new Controller { Id = $"c{n}", Contact = new ContactDetails { Name = $"Example {n} BV" } })],
            ProcessorRecord = register.ProcessorRecord! with { Processor = null },
        };
    }
}
