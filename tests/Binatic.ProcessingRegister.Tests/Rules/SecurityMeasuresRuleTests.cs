using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class SecurityMeasuresRuleTests
{
    [Fact]
    public void A_register_without_security_measures_is_a_warning_at_the_missing_measures()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR009", "rpr009-no-security-measures.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/security/measures", finding.JsonPointer);
        Assert.Equal((2, 1), (finding.Line, finding.Column));
        Assert.Contains("no technical or organisational security measures", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Measures_serving_none_of_encryption_restore_and_testing_are_a_warning_naming_all_three()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR009", "rpr009-no-art32-aims.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/security/measures", finding.JsonPointer);
        Assert.Equal((17, 5), (finding.Line, finding.Column));
        Assert.Contains("encryption or pseudonymisation (a), restoring access after an incident (c), regular testing of the measures (d)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Measures_with_encryption_only_are_a_warning_naming_restore_and_testing()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR009", "rpr009-encryption-only.yaml"));

        Assert.Equal("/security/measures", finding.JsonPointer);
        Assert.Contains("aims: restoring access after an incident (c), regular testing of the measures (d);", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pseudonymisation_serves_the_same_aim_as_encryption()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR009", "rpr009-pseudonymisation-restore-and-tests.yaml"));
    }

    [Fact]
    public void Measures_covering_encryption_restore_and_testing_pass()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR009", "clean.yaml"));
    }
}
