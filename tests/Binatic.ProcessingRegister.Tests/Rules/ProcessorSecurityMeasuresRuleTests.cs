using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class ProcessorSecurityMeasuresRuleTests
{
    [Fact]
    public void A_processor_s_record_that_names_no_security_measure_is_a_warning_at_the_record()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR052", "rpr052-no-security-measures.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/processorRecord", finding.JsonPointer);
        Assert.Equal((6, 3), (finding.Line, finding.Column));
        Assert.Contains("(Art. 30(2)(d), 32(1))", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_processor_only_register_without_measures_is_not_told_about_the_controller_s_record()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR009", "rpr052-no-security-measures.yaml"));
    }

    [Fact]
    public void Measures_of_a_processor_only_register_that_serve_no_Art_32_aim_are_reported_under_the_processor_s_record()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR009", "rpr049-client-agreements.yaml"));

        Assert.Equal("/security/measures", finding.JsonPointer);
        Assert.EndsWith("(Art. 30(2)(d), 32(1)).", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_named_by_one_category_of_processing_is_enough()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR052", "rpr052-category-security-measures.yaml"));
    }

    [Fact]
    public void A_processor_s_record_with_measures_for_all_its_processing_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR052", "processor-clean.yaml"));
    }

    [Fact]
    public void A_register_without_a_processor_s_record_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR052", "clean.yaml"));
    }
}
