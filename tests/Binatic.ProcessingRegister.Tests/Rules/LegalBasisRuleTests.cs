using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class LegalBasisRuleTests
{
    [Fact]
    public void An_activity_with_an_empty_list_of_legal_bases_is_an_error_at_the_list()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR011", "rpr011-no-legal-basis.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/legalBases", finding.JsonPointer);
        Assert.Equal((21, 17), (finding.Line, finding.Column));
        Assert.Contains("'Handling orders'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_activity_with_a_legal_basis_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR011", "clean.yaml"));
    }
}
