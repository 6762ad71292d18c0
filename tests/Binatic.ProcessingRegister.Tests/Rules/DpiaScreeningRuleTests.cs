using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class DpiaScreeningRuleTests
{
    [Fact]
    public void A_fraud_activity_without_a_dpia_is_a_warning_at_the_missing_dpia()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR037", "rpr037-fraud-without-dpia.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/activities/0/dpia", finding.JsonPointer);
        Assert.Equal((14, 5), (finding.Line, finding.Column));
        Assert.Contains("fraud", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fraud_activity_with_a_dpia_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR037", "rpr037-fraud-with-dpia.yaml"));
    }

    [Theory]
    [InlineData("Fraudebestrijding", "fraud")]
    [InlineData("Klantprofielen opstellen", "profiling")]
    [InlineData("Profiling of visitors", "profiling")]
    [InlineData("Analyse van websitegebruik", "analysis of users or behaviour")]
    [InlineData("CAMERATOEZICHT in de winkel", "camera surveillance")]
    [InlineData("Locatiegegevens van bezorgers", "location data")]
    [InlineData("Kredietwaardigheid toetsen", "credit scoring")]
    [InlineData("Deelname aan waarschuwingssystemen", "blacklists or warning systems")]
    [InlineData("Maintaining a blacklist", "blacklists or warning systems")]
    public void Names_that_match_the_Dutch_DPIA_list_call_for_a_screening(string name, string meaning)
    {
        var finding = Assert.Single(Findings(TransferAndRiskRegisters.Activity(name)));

        Assert.Contains(meaning, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Purposes_are_screened_as_well_as_the_name()
    {
        var finding = Assert.Single(Findings(TransferAndRiskRegisters.Activity("Website", "Tracking visitors across sites.")));

        Assert.Contains("tracking", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Identiteitsfraude onderzoeken", "fraud")]
    [InlineData("Anti-fraud checks", "fraud")]
    [InlineData("Risicoprofielen voor handhaving", "profiling")]
    [InlineData("Customer profiles for recommendations", "profiling")]
    [InlineData("Data-analyse van klantgedrag", "analysis of users or behaviour")]
    [InlineData("Analysing user behaviour", "analysis of users or behaviour")]
    [InlineData("Wijkcameratoezicht", "camera surveillance")]
    [InlineData("CCTV-beelden bewaren", "camera surveillance")]
    [InlineData("Video surveillance of the car park", "camera surveillance")]
    [InlineData("Monitoring of employees' e-mail", "monitoring")]
    [InlineData("Geolocatie van medewerkers", "location data")]
    [InlineData("Locatiedata van dienstauto's", "location data")]
    [InlineData("Location data of delivery drivers", "location data")]
    [InlineData("Kredietwaardigheidstoets", "credit scoring")]
    [InlineData("Kredietverlening aan inwoners", "credit scoring")]
    [InlineData("Credit checks of new customers", "credit scoring")]
    [InlineData("Creditworthiness assessment", "credit scoring")]
    [InlineData("Incidentenwaarschuwingssysteem raadplegen", "blacklists or warning systems")]
    [InlineData("Zwarte lijsten van huurders", "blacklists or warning systems")]
    public void Known_matches_in_Dutch_compounds_and_English_phrases_call_for_a_screening(string name, string meaning)
    {
        var finding = Assert.Single(Findings(TransferAndRiskRegisters.Activity(name)));

        Assert.Contains(meaning, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rpr037-event-permit-location.yaml")]
    [InlineData("rpr037-event-permit-location-en.yaml")]
    public void An_events_requested_location_is_not_location_data_but_a_parking_apps_location_data_is(string fixture)
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR037", fixture));

        Assert.Equal("/activities/1/dpia", finding.JsonPointer);
        Assert.Contains("location data", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Allocation of desks")]
    [InlineData("Roosterallocatie")]
    [InlineData("Handling orders")]
    [InlineData("Evenementenvergunning voor een feest op de aangevraagde locatie")]
    [InlineData("Back-ups op een tweede locatie")]
    [InlineData("Aanwijzen van de locatie van stembureaus")]
    [InlineData("Opstellen van functieprofielen")]
    [InlineData("Uploaden van een profielfoto")]
    [InlineData("Voorbereidingskrediet voor de nieuwbouw van een school")]
    [InlineData("Risicoanalyse van het gemeentehuis")]
    [InlineData("Kosten-batenanalyse van de nieuwe sporthal")]
    [InlineData("Begrotingsmonitoring")]
    [InlineData("Choosing the location of polling stations")]
    [InlineData("Event permits at the requested location")]
    [InlineData("Relocation of tenants")]
    [InlineData("Parcel tracking for customers")]
    [InlineData("Profile pictures on the intranet")]
    [InlineData("Job profiles for vacancies")]
    [InlineData("Credit notes for returned goods")]
    public void Known_non_matches_pass(string name)
    {
        Assert.Empty(Findings(TransferAndRiskRegisters.Activity(name)));
    }

    [Fact]
    public void Special_categories_of_data_call_for_a_screening()
    {
        var register = TransferAndRiskRegisters.Empty with
        {
            DataCategories = [new DataCategory { Id = "health", Name = "Sick leave", SpecialCategory = SpecialCategory.Health }],
            Activities = [TransferAndRiskRegisters.Activity("Personnel files") with { DataCategories = ["health"] }],
        };

        var finding = Assert.Single(TransferAndRiskRegisters.FindingsOf("RPR037", register));

        Assert.Contains("special categories", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ordinary_activity_with_a_dpia_screening_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR037", "clean.yaml"));
    }

    private static IReadOnlyList<Diagnostic> Findings(ProcessingActivity activity) =>
        TransferAndRiskRegisters.FindingsOf("RPR037", TransferAndRiskRegisters.Empty with { Activities = [activity] });
}
