using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Rules;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Rules;

/// <summary>
/// A processor-only register (<c>role: processor</c>) keeps no controller's record, so the rules about a controller's
/// duties (its contacts, its officer, its activities and measures) have nothing to say about it.
/// </summary>
public sealed class ProcessorOnlyRegisterTests
{
    [Fact]
    public void A_processor_s_record_no_rule_finds_fault_with_has_no_findings_at_all()
    {
        Assert.Empty(RuleFixture.Review("processor-clean.yaml"));
    }

    [Fact]
    public void The_example_processor_s_record_has_the_findings_a_privacy_officer_would_raise()
    {
        var loaded = RegisterLoader.LoadFile(Fixture.Register("verwerker-voorbeeld.yaml"));

        var findings = RegisterValidator.Validate(loaded, RuleFixture.Options).OrderBy(d => d.Line).Select(d => $"{d.RuleId} {d.JsonPointer}");

        Assert.Equal(
            [
                "RPR050 /processorRecord/clients/1/processing/1/subProcessors/0",
                "RPR049 /processorRecord/clients/2/processingAgreement/inPlace",
                "RPR053 /processorRecord/clients/2/processing/1/purposes",
            ],
            findings);
    }

    [Fact]
    public void An_age_of_consent_in_a_processor_only_register_asks_for_no_consent_activity()
    {
        var register = TransferAndRiskRegisters.ProcessorOnly(new ProcessingCategory { Name = "Hosting" }) with
        {
            Children = new ChildrenPolicy { AgeOfConsent = 16 },
        };

        Assert.Empty(TransferAndRiskRegisters.FindingsOf("RPR023", register));
    }
}
