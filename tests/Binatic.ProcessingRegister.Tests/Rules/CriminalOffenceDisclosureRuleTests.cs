using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class CriminalOffenceDisclosureRuleTests
{
    private const string Disclosed = "rpr020-criminal-offence-data-disclosed.yaml";

    [Fact]
    public void Criminal_offence_data_disclosed_to_a_third_party_is_a_warning_at_the_reference_to_that_recipient()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR020", Disclosed), f => f.JsonPointer == "/activities/0/recipients/2");

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal((47, 35), (finding.Line, finding.Column));
        Assert.Equal("'Preventing payment fraud' discloses criminal-offence data to 'Shared fraud warning list', a private third party; in the Netherlands that needs a permit of the Autoriteit Persoonsgegevens (Art. 10; UAVG art. 33(4)(c)).", finding.Message);
    }

    [Fact]
    public void Criminal_offence_data_disclosed_to_a_group_company_is_a_warning_at_the_reference_to_that_recipient()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR020", Disclosed), f => f.JsonPointer == "/activities/0/recipients/3");

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal((47, 49), (finding.Line, finding.Column));
        Assert.Contains("'Example Retail BV', a private group company", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Processors_public_authorities_and_recipients_acting_as_processors_are_not_flagged()
    {
        var pointers = RuleFixture.FindingsOf("RPR020", Disclosed).Select(f => f.JsonPointer);

        Assert.Equal(["/activities/0/recipients/2", "/activities/0/recipients/3"], pointers);
    }

    [Fact]
    public void Ordinary_data_disclosed_to_third_parties_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR020", "rpr020-ordinary-data-disclosed.yaml"));
    }

    [Fact]
    public void A_register_without_criminal_offence_data_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR020", "clean.yaml"));
    }
}
