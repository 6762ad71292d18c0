using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class JobApplicationsRuleTests
{
    private const string Recruitment = "rpr021-job-applications.yaml";

    [Fact]
    public void An_activity_named_after_job_applications_in_dutch_is_an_info_at_its_name()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR021", Recruitment), f => f.JsonPointer == "/activities/1/name");

        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Equal((27, 11), (finding.Line, finding.Column));
        Assert.Equal("'Sollicitaties' handles job applications: screen for health and other Art. 9 data and for certificate-of-conduct (VOG) data, and keep rejected applicants' data 4 weeks, or 1 year with consent (Art. 9, 10; AP/NVP Sollicitatiecode).", finding.Message);
    }

    [Fact]
    public void An_activity_whose_purpose_is_assessing_job_applications_is_an_info_at_its_name()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR021", Recruitment), f => f.JsonPointer == "/activities/2/name");

        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Equal((34, 11), (finding.Line, finding.Column));
    }

    [Fact]
    public void An_activity_concerning_applicants_is_an_info_at_its_name()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR021", Recruitment), f => f.JsonPointer == "/activities/3/name");

        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Equal((41, 11), (finding.Line, finding.Column));
    }

    [Fact]
    public void An_activity_that_is_not_recruitment_is_not_flagged()
    {
        Assert.DoesNotContain(RuleFixture.FindingsOf("RPR021", Recruitment), f => f.JsonPointer == "/activities/0/name");
    }

    [Fact]
    public void Software_applications_customer_acquisition_and_service_jobs_are_not_recruitment()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR021", "rpr021-not-recruitment.yaml"));
    }

    [Fact]
    public void A_register_without_recruitment_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR021", "clean.yaml"));
    }

    [Fact]
    public void Permit_applicants_and_hiring_out_halls_are_not_recruitment_but_a_vacancy_is()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR021", "rpr021-permit-applicants-en.yaml"));

        Assert.Equal("/activities/2/name", finding.JsonPointer);
        Assert.Equal((35, 11), (finding.Line, finding.Column));
    }

    [Theory]
    [InlineData("Klantenwerving en ledenwerving")]
    [InlineData("Fondsenwerving")]
    [InlineData("Verwerving van grond voor woningbouw")]
    [InlineData("Aanvragen van een omgevingsvergunning")]
    [InlineData("Aanvragers van een parkeervergunning")]
    [InlineData("Vacatiegelden voor commissieleden")]
    [InlineData("Kandidaten voor de gemeenteraadsverkiezingen")]
    [InlineData("Permit applicants")]
    [InlineData("Applicants for a building permit")]
    [InlineData("Hiring out sports halls to clubs")]
    [InlineData("Vacancy tax on empty commercial property")]
    [InlineData("Measuring the vacancy rate of office buildings")]
    [InlineData("Support for our software application")]
    [InlineData("Solicitation of donations")]
    public void Known_non_matches_are_not_recruitment(string name)
    {
        Assert.Empty(FindingsFor(name));
    }

    [Theory]
    [InlineData("Sollicitaties")]
    [InlineData("Open sollicitaties van talent")]
    [InlineData("Gegevens van wie heeft gesolliciteerd")]
    [InlineData("Vacaturebank")]
    [InlineData("Stagevacatures")]
    [InlineData("Personeelswerving")]
    [InlineData("Werving en selectie van personeel")]
    [InlineData("Recruitment")]
    [InlineData("Job applicants in the talent pool")]
    [InlineData("Handling job applications")]
    [InlineData("Filling vacancies")]
    [InlineData("Our applicant tracking system")]
    [InlineData("The hiring process for new staff")]
    public void Known_matches_in_Dutch_compounds_and_English_phrases_are_recruitment(string name)
    {
        var finding = Assert.Single(FindingsFor(name));

        Assert.Equal("/activities/0/name", finding.JsonPointer);
    }

    private static IReadOnlyList<Diagnostic> FindingsFor(string name) =>
        TransferAndRiskRegisters.FindingsOf("RPR021", TransferAndRiskRegisters.Empty with
        {
            Activities = [TransferAndRiskRegisters.Activity(name)],
        });
}
