using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Rules;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class LegalObligationStatuteRuleTests
{
    [Fact]
    public void A_legal_obligation_without_a_law_is_a_warning_at_the_basis()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR014", "rpr014-legal-obligation-without-law.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/activities/0/legalBases/1/basis", finding.JsonPointer);
        Assert.Equal((20, 16), (finding.Line, finding.Column));
        Assert.Equal("'Invoicing' relies on a legal obligation without naming the law that imposes it; add 'law' with the act and article (Art. 6(1)(c), 6(3)).", finding.Message);
    }

    [Fact]
    public void A_law_that_describes_legislation_in_general_is_a_warning_at_the_law()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR014", "rpr014-legal-obligation-with-general-wording.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/activities/0/legalBases/0/law", finding.JsonPointer);
        Assert.Equal((20, 14), (finding.Line, finding.Column));
        Assert.Contains("'verschillende wet- en regelgeving, waaronder de fiscale'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_legal_obligation_that_cites_the_act_and_article_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR014", "rpr014-legal-obligation-with-statute.yaml"));
    }

    [Fact]
    public void The_help_text_suggests_the_tax_statute_for_tax_records()
    {
        var descriptor = RuleCatalogue.Find("RPR014");

        Assert.NotNull(descriptor);
        Assert.Contains("Algemene wet inzake rijksbelastingen, art. 52", descriptor.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_without_legal_obligations_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR014", "clean.yaml"));
    }
}
