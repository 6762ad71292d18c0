using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Rules;

/// <summary>The transfer rules (RPR024-RPR031) check the transfers of a processor's record as they check the controller's.</summary>
public sealed class ProcessorRecordTransfersTests
{
    private const string Fixture = "processor-transfers.yaml";

    [Fact]
    public void An_adequacy_claim_for_a_sub_processor_not_certified_under_the_Data_Privacy_Framework_is_reported()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR026", Fixture));

        Assert.Equal("/processorRecord/transfers/0/safeguards/0/type", finding.JsonPointer);
        Assert.Equal((40, 17), (finding.Line, finding.Column));
        Assert.Contains("its recipient 'helpdesk' is not marked 'dpfCertified'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Privacy_Shield_as_a_safeguard_of_a_processor_s_transfer_is_reported()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR024", Fixture));

        Assert.Equal("/processorRecord/transfers/2/safeguards/0/type", finding.JsonPointer);
    }

    [Fact]
    public void Standard_contractual_clauses_without_a_reference_in_a_processor_s_transfer_are_reported()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR025", Fixture));

        Assert.Equal("/processorRecord/transfers/3/safeguards/0/type", finding.JsonPointer);
    }

    [Fact]
    public void A_processor_s_transfer_on_clauses_without_a_transfer_impact_assessment_is_reported()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR028", Fixture));

        Assert.Equal("/processorRecord/transfers/3/impactAssessmentReference", finding.JsonPointer);
    }

    [Fact]
    public void A_processor_s_transfer_to_an_EEA_country_is_reported_as_no_transfer()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR031", Fixture));

        Assert.Equal("/processorRecord/transfers/4/country", finding.JsonPointer);
    }

    [Fact]
    public void Alternative_safeguards_in_a_processor_s_transfer_are_reported()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR027", Fixture));

        Assert.Equal("/processorRecord/transfers/5/safeguards", finding.JsonPointer);
    }

    [Fact]
    public void An_Art_49_derogation_for_a_regular_processor_s_transfer_is_reported()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR029", Fixture));

        Assert.Equal("/processorRecord/transfers/5/safeguards/0/derogation", finding.JsonPointer);
    }

    [Fact]
    public void A_processor_s_transfer_names_a_sub_processor_and_a_controller_s_transfer_a_processor_though_they_share_an_id()
    {
        Transfer toMailer = new() { Country = "US", Recipient = "mailer", Safeguards = [new Safeguard { Type = SafeguardType.AdequacyDecision }] };
        var register = TransferAndRiskRegisters.ProcessorOnly(new ProcessingCategory { Name = "Sending e-mail" }) with
        {
            Info = new RegisterInfo { Language = RegisterLanguage.English, Role = RegisterRole.ControllerAndProcessor },
            Processors = [new Processor { Id = "mailer", Name = "Example Mail Inc.", Service = "Newsletters" }],
            Transfers = [toMailer],
        };
        register = register with
        {
            ProcessorRecord = register.ProcessorRecord! with
            {
                SubProcessors = [new SubProcessor { Id = "mailer", Name = "Example Mail Inc.", Service = "E-mail", IsDpfCertified = true }],
                Transfers = [toMailer],
            },
        };

        var finding = Assert.Single(TransferAndRiskRegisters.FindingsOf("RPR026", register));

        Assert.Equal("/transfers/0/safeguards/0/type", finding.JsonPointer);
    }

    [Fact]
    public void The_transfers_of_a_clean_processor_s_record_pass_every_transfer_rule()
    {
        string[] transferRules = ["RPR024", "RPR025", "RPR026", "RPR027", "RPR028", "RPR029", "RPR031"];

        Assert.DoesNotContain(RuleFixture.Review("processor-clean.yaml"), d => transferRules.Contains(d.RuleId));
    }
}
