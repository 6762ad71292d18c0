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
    [InlineData("Verschillende bronnen")]
    [InlineData("Various sources, where necessary.")]
    [InlineData("De betrokkene en andere bronnen.")]
    public void More_catch_all_phrases_in_Dutch_or_English_are_vague(string description)
    {
        Assert.Single(Findings(description));
    }

    [Theory]
    [InlineData("The Chamber of Commerce register.")]
    [InlineData("Sources other than the customer: the credit reference agency Example BV.")]
    [InlineData("Publicly available company websites.")]
    [InlineData("Overall available records in the Land Registry.")]
    [InlineData("The employer of the applicant.")]
    [InlineData("Public registers such as the Chamber of Commerce.")]
    [InlineData("Referees named by the applicant.")]
    [InlineData("Kamer van Koophandel (Handelsregister).")]
    [InlineData("Basisregistratie Personen (BRP).")]
    [InlineData("De werkgever van de aanvrager.")]
    [InlineData("Alle beschikbaarheidsroosters van de medewerkers.")]
    [InlineData("Het UWV, de Belastingdienst en andere uitvoeringsorganisaties van de Participatiewet.")]
    [InlineData("Openbaar beschikbare bekendmakingen in het Gemeenteblad.")]
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
