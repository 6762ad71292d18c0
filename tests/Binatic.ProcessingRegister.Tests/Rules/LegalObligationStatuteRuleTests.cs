using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;
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

    [Theory]
    [InlineData("Algemene wet inzake rijksbelastingen, art. 52")]
    [InlineData("Wet basisregistratie personen, art. 2.34")]
    [InlineData("Archiefwet 1995, art. 3")]
    [InlineData("Participatiewet, art. 62")]
    [InlineData("Gemeentewet, art. 160 en 125")]
    [InlineData("Wet op de loonbelasting 1964, art. 28")]
    [InlineData("Jeugdwet, art. 7.3.8, die de jeugdhulpaanbieder zonder meer tot melding verplicht")]
    [InlineData("Burgerlijk Wetboek, boek 2, art. 10")]
    [InlineData("Income Tax Act 2007, section 3")]
    [InlineData("Companies Act 2006, section 388")]
    [InlineData("Social Security Administration Act 1992, section 7")]
    [InlineData("Pensions Act 2004, section 249A")]
    public void Known_non_matches_cite_a_law(string law)
    {
        Assert.Empty(FindingsFor(law));
    }

    [Theory]
    [InlineData("verschillende wet- en regelgeving, waaronder de fiscale")]
    [InlineData("Diverse wetten")]
    [InlineData("Toepasselijke wetgeving")]
    [InlineData("De geldende wetten en regels")]
    [InlineData("Onder meer de Archiefwet")]
    [InlineData("Bijvoorbeeld de Algemene wet inzake rijksbelastingen")]
    [InlineData("Niet uitputtend: de Wet op de loonbelasting")]
    [InlineData("Various laws and regulations")]
    [InlineData("Applicable laws, e.g. the tax code")]
    [InlineData("Tax law, among others")]
    [InlineData("Including but not limited to the Companies Act")]
    public void Known_matches_in_Dutch_and_English_describe_law_in_general(string law)
    {
        var finding = Assert.Single(FindingsFor(law));

        Assert.Equal("/activities/0/legalBases/0/law", finding.JsonPointer);
    }

    private static IReadOnlyList<Diagnostic> FindingsFor(string law) =>
        TransferAndRiskRegisters.FindingsOf("RPR014", TransferAndRiskRegisters.Empty with
        {
            Activities =
            [
                TransferAndRiskRegisters.Activity("Keeping records", "Keeping the records the law requires.") with
                {
                    LegalBases = [new LegalGround { Basis = LegalBasis.LegalObligation, Law = law }],
                },
            ],
        });
}
