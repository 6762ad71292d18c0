using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class ResponseDeadlineRuleTests
{
    [Fact]
    public void A_deadline_of_two_months_is_an_error_at_the_deadline()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR035", "rpr035-deadline-two-months.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/dataSubjectRights/responseDeadline", finding.JsonPointer);
        Assert.Equal((24, 21), (finding.Line, finding.Column));
        Assert.Contains("P2M", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_Dutch_a_deadline_of_two_months_is_said_to_exceed_the_month_of_art_12_lid_3_AVG()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR035", "rpr035-deadline-two-months.yaml"));

        Assert.Equal("Een termijn van P2M is langer dan de maand van art. 12 lid 3 AVG; beantwoord verzoeken binnen één maand (art. 12 lid 3 AVG).", finding.In(RegisterLanguage.Dutch).Message);
    }

    [Fact]
    public void Rights_without_a_deadline_are_a_warning_at_the_rights_section()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR035", "rpr035-rights-without-deadline.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/dataSubjectRights/responseDeadline", finding.JsonPointer);
        Assert.Equal((22, 3), (finding.Line, finding.Column));
    }

    [Fact]
    public void A_register_that_answers_within_one_month_passes_without_a_finding()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR035", "clean.yaml"));
    }

    [Theory]
    [InlineData("P4W")]
    [InlineData("P28D")]
    [InlineData("P1M")]
    [InlineData("P2W")]
    [InlineData("P1D")]
    public void A_deadline_within_one_month_in_every_month_is_not_reported(string deadline)
    {
        Assert.Empty(Findings(deadline, description: null));
    }

    [Theory]
    [InlineData("P29D", DiagnosticSeverity.Warning)]
    [InlineData("P30D", DiagnosticSeverity.Warning)]
    [InlineData("P4W3D", DiagnosticSeverity.Warning)]
    [InlineData("P32D", DiagnosticSeverity.Error)]
    [InlineData("P5W", DiagnosticSeverity.Error)]
    [InlineData("P1M1D", DiagnosticSeverity.Error)]
    [InlineData("P2M", DiagnosticSeverity.Error)]
    [InlineData("P1Y", DiagnosticSeverity.Error)]
    public void The_deadline_is_compared_with_a_month_of_28_to_31_days(string deadline, DiagnosticSeverity expected)
    {
        var finding = Assert.Single(Findings(deadline, description: null));

        Assert.Equal(expected, finding.Severity);
        Assert.Equal("/dataSubjectRights/responseDeadline", finding.JsonPointer);
    }

    [Theory]
    [InlineData("Binnen een maand; verlenging met twee maanden bij complexe verzoeken.")]
    [InlineData("One month, which we may EXTEND by two months for complex requests.")]
    public void A_longer_deadline_that_is_the_extension_is_only_a_warning(string description)
    {
        var finding = Assert.Single(Findings("P3M", description));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void A_deadline_beyond_even_the_extension_stays_an_error()
    {
        var finding = Assert.Single(Findings("P4M", "One month, extended by two months for complex requests."));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
    }

    [Fact]
    public void A_register_without_a_rights_section_passes()
    {
        Assert.Empty(TransferAndRiskRegisters.FindingsOf("RPR035", TransferAndRiskRegisters.Empty));
    }

    private static IReadOnlyList<Diagnostic> Findings(string deadline, string? description) =>
        TransferAndRiskRegisters.FindingsOf("RPR035", TransferAndRiskRegisters.Empty with
        {
            DataSubjectRights = new DataSubjectRightsPolicy
            {
                ResponseDeadline = IsoPeriod.Parse(deadline),
                ResponseDeadlineDescription = description,
            },
        });

    [Theory]
    [InlineData("Binnen een maand; termijnverlenging met twee maanden bij complexe verzoeken.")]
    [InlineData("Binnen een maand, te verlengen met twee maanden.")]
    [InlineData("Binnen een maand, die we bij veel verzoeken met twee maanden kunnen verlengen.")]
    [InlineData("Binnen een maand; in complexe gevallen verlengd tot drie maanden.")]
    [InlineData("One month, extended by two months for complex requests.")]
    [InlineData("One month; extensions of two months for numerous requests.")]
    public void Known_matches_in_Dutch_and_English_describe_the_extension(string description)
    {
        var finding = Assert.Single(Findings("P3M", description));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
    }

    [Theory]
    [InlineData("Binnen een maand, in het verlengde van onze klachtenregeling.")]
    [InlineData("Binnen een maand na ontvangst van het verzoek.")]
    [InlineData("Binnen vier weken; de functionaris gegevensbescherming behandelt het verzoek.")]
    [InlineData("Uiterlijk binnen een maand, ook in de zomervakantie.")]
    [InlineData("Binnen een maand; bezwaar kan bij de gemeente.")]
    [InlineData("Binnen een maand per e-mail of per post.")]
    [InlineData("Within one month of receipt.")]
    [InlineData("Within one month, after an extensive check of the requester's identity.")]
    [InlineData("Within one month; unextended.")]
    [InlineData("Within one month, by e-mail or by post.")]
    [InlineData("Within one month; the legal department may be consulted.")]
    [InlineData("Within one month, at our office or by phone.")]
    public void Known_non_matches_do_not_describe_the_extension_so_a_longer_deadline_stays_an_error(string description)
    {
        var finding = Assert.Single(Findings("P3M", description));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
    }
}
