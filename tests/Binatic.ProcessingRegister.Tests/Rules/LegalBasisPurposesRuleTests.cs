using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class LegalBasisPurposesRuleTests
{
    [Fact]
    public void A_basis_without_purposes_on_an_activity_with_several_bases_is_a_warning_at_that_basis()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR012", "rpr012-basis-without-purposes.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/activities/0/legalBases/1", finding.JsonPointer);
        Assert.Equal((26, 9), (finding.Line, finding.Column));
        Assert.Contains("legalObligation", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_basis_purpose_not_written_as_one_of_the_activity_purposes_is_a_warning_at_that_entry()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR012", "rpr012-purpose-not-in-activity.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/activities/0/legalBases/0/purposes/0", finding.JsonPointer);
        Assert.Equal((25, 13), (finding.Line, finding.Column));
        Assert.Contains("did you mean 'Delivering the products ordered.'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_bases_each_mapped_to_the_activity_purposes_pass()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR012", "rpr012-every-basis-mapped.yaml"));
    }

    [Fact]
    public void A_single_basis_needs_no_mapping_to_purposes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR012", "clean.yaml"));
    }
}
