using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class VagueSourceRuleTests
{
    [Fact]
    public void Various_sources_is_a_warning_at_the_source_description()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR036", "rpr036-vague-source.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/activities/0/sources/1/description", finding.JsonPointer);
        Assert.Equal((22, 22), (finding.Line, finding.Column));
        Assert.Contains("Various sources, where necessary.", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alle beschikbare, doch noodzakelijke bronnen.")]
    [InlineData("Diverse   bronnen")]
    [InlineData("Andere\nbronnen")]
    [InlineData("ALL AVAILABLE public records")]
    [InlineData("Other sources")]
    public void Catch_all_phrases_in_Dutch_or_English_are_vague_in_any_case_and_spacing(string description)
    {
        var finding = Assert.Single(Findings(description));

        Assert.Equal("/activities/0/sources/0/description", finding.JsonPointer);
    }

    [Theory]
    [InlineData("The Chamber of Commerce register.")]
    [InlineData("Sources other than the customer: the credit reference agency Example BV.")]
    [InlineData("Publicly available company websites.")]
    public void Named_sources_pass(string description)
    {
        Assert.Empty(Findings(description));
    }

    [Fact]
    public void A_register_whose_sources_are_named_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR036", "clean.yaml"));
    }

    private static IReadOnlyList<Diagnostic> Findings(string description) =>
        TransferAndRiskRegisters.FindingsOf("RPR036", TransferAndRiskRegisters.Empty with
        {
            Activities = [TransferAndRiskRegisters.Activity("Handling orders") with { Sources = [new DataSource { Description = description }] }],
        });
}
