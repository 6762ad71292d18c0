using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class OwnPurposesRuleTests
{
    private const string Fixture = "rpr053-own-purposes.yaml";

    [Fact]
    public void A_category_of_processing_with_purposes_is_an_error_at_its_purposes()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR053", Fixture), d => d.JsonPointer.StartsWith("/processorRecord/clients/0/processing/1/", StringComparison.Ordinal));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/processorRecord/clients/0/processing/1/purposes", finding.JsonPointer);
        Assert.Equal((21, 13), (finding.Line, finding.Column));
        Assert.Equal("'Usage statistics' for client 'shop' lists purposes of the processor's own ('Improving our hosting product'; 'Benchmarking'); a processor that determines purposes is a controller for that processing: stop it, or record it as your own processing (Art. 28(10), 28(3)(a), 29).", finding.Message);
    }

    [Fact]
    public void A_description_that_says_the_data_serves_the_processor_s_own_purposes_is_an_error_at_the_description()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR053", Fixture), d => d.JsonPointer.StartsWith("/processorRecord/clients/0/processing/2/", StringComparison.Ordinal));

        Assert.Equal("/processorRecord/clients/0/processing/2/description", finding.JsonPointer);
        Assert.Equal((24, 24), (finding.Line, finding.Column));
        Assert.Contains("(\"own purposes\")", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_says_the_data_serves_the_processor_s_own_product_is_an_error_at_the_name()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR053", Fixture), d => d.JsonPointer.StartsWith("/processorRecord/clients/0/processing/3/", StringComparison.Ordinal));

        Assert.Equal("/processorRecord/clients/0/processing/3/name", finding.JsonPointer);
        Assert.Equal((25, 17), (finding.Line, finding.Column));
    }

    [Fact]
    public void A_category_with_purposes_and_such_wording_is_reported_once_at_its_purposes()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR053", Fixture), d => d.JsonPointer.StartsWith("/processorRecord/clients/0/processing/4/", StringComparison.Ordinal));

        Assert.Equal("/processorRecord/clients/0/processing/4/purposes", finding.JsonPointer);
    }

    [Fact]
    public void Categories_carried_out_for_the_client_s_purposes_are_not_reported()
    {
        var findings = RuleFixture.FindingsOf("RPR053", Fixture);

        Assert.DoesNotContain(findings, d => d.JsonPointer.StartsWith("/processorRecord/clients/0/processing/0/", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, d => d.JsonPointer.StartsWith("/processorRecord/clients/0/processing/5/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_processor_s_record_whose_categories_have_no_purposes_of_their_own_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR053", "processor-clean.yaml"));
    }

    [Theory]
    [InlineData("Gegevens worden ook voor eigen doeleinden gebruikt.")]
    [InlineData("Analyse voor eigen  doelen van Wolkenveld")]
    [InlineData("Back-ups bewaard voor eigen gebruik")]
    [InlineData("Gebruiksgegevens voor ons eigen product")]
    [InlineData("Input voor de eigen productontwikkeling")]
    [InlineData("Logs are analysed for OUR OWN PURPOSES.")]
    [InlineData("Usage data kept for its own purposes")]
    [InlineData("Screenshots kept for our own use")]
    [InlineData("Training data for our own products")]
    [InlineData("Metrics to improve its own product roadmap")]
    public void Known_matches_in_Dutch_and_English_are_purposes_of_the_processor_s_own(string description)
    {
        var finding = Assert.Single(FindingsFor(description));

        Assert.Equal("/processorRecord/clients/0/processing/0/description", finding.JsonPointer);
    }

    [Theory]
    [InlineData("Hosting en beheer van het zaaksysteem, met back-ups.")]
    [InlineData("Wolkenveld beheert servers en databases in het eigen datacentrum.")]
    [InlineData("De servers staan in eigen beheer van Wolkenveld.")]
    [InlineData("Verwerking voor de eigen doeleinden van de opdrachtgever.")]
    [InlineData("Doelen van de opdrachtgever: het verzenden van de nieuwsbrief.")]
    [InlineData("Ouders downloaden foto's in het portaal.")]
    [InlineData("Het product van de opdrachtgever wordt op onze servers gehost.")]
    [InlineData("Eigen productie van het drukwerk voor de gemeente.")]
    [InlineData("Hosting on our own servers in the Netherlands.")]
    [InlineData("Reports on visits, for the client's own purposes.")]
    [InlineData("Processing for the controller's own purposes only.")]
    [InlineData("The client's product catalogue is hosted on our platform.")]
    [InlineData("Data is used for no purposes other than the client's instructions.")]
    [InlineData("Staff use their own devices only through a managed VPN.")]
    [InlineData("Printing in our own production facility.")]
    public void Known_non_matches_are_not_purposes_of_the_processor_s_own(string description)
    {
        Assert.Empty(FindingsFor(description));
    }

    private static IReadOnlyList<Diagnostic> FindingsFor(string description) =>
        TransferAndRiskRegisters.FindingsOf("RPR053", TransferAndRiskRegisters.ProcessorOnly(new ProcessingCategory { Name = "Hosting", Description = description }));
}
