using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class CriminalOffenceDisclosureRuleTests
{
    private const string Disclosed = "rpr020-criminal-offence-data-disclosed.yaml";
    private const string MunicipalityWithoutLaw = "rpr020-gemeente-zonder-wet.yaml";
    private const string Limited = "rpr020-recipient-data-categories.yaml";

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
    public void A_public_authority_disclosing_without_a_statute_is_asked_for_the_statute_and_not_for_a_permit()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR020", MunicipalityWithoutLaw), f => f.JsonPointer == "/activities/0/recipients/0");

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal((44, 18), (finding.Line, finding.Column));
        Assert.Equal("'Casusoverleg zorg en veiligheid' discloses criminal-offence data to 'Jeugdhulpaanbieder', but the register names no statute that allows it; a public authority discloses it on the ground of the statute that lays down its task, not under a permit: cite the act and article in 'criminalOffenceGround.law' (Art. 10, 6(3)).", finding.Message);
    }

    [Fact]
    public void A_public_authority_disclosing_under_a_covenant_without_a_statute_is_asked_for_the_statute_and_the_covenant_is_named()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR020", MunicipalityWithoutLaw), f => f.JsonPointer == "/activities/0/recipients/1");

        Assert.StartsWith("'Casusoverleg zorg en veiligheid' discloses criminal-offence data to 'Reclassering' under 'Convenant Zorg- en Veiligheidshuis', but the register names no statute that allows it;", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Autoriteit Persoonsgegevens", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_Dutch_a_disclosure_under_a_covenant_names_the_covenant_and_asks_for_the_statute()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR020", MunicipalityWithoutLaw), f => f.JsonPointer == "/activities/0/recipients/1");

        Assert.Equal("'Casusoverleg zorg en veiligheid' verstrekt strafrechtelijke gegevens aan 'Reclassering' in het kader van 'Convenant Zorg- en Veiligheidshuis', maar het register noemt geen wet die dat toestaat; een overheidsinstantie verstrekt ze op grond van de wet die haar taak regelt, niet onder een vergunning: noem de wet en het artikel in 'criminalOffenceGround.law' (art. 10 en 6 lid 3 AVG).", finding.In(RegisterLanguage.Dutch).Message);
    }

    [Fact]
    public void A_public_authority_that_names_the_statutes_of_the_disclosure_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR020", "rpr020-gemeente-met-wet.yaml"));
    }

    [Fact]
    public void A_private_disclosure_under_a_covenant_on_the_uavg_s_own_purposes_ground_is_asked_for_the_statute_the_covenant_rests_on()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR020", "rpr020-covenant-without-statute.yaml"));

        Assert.Equal("/activities/0/recipients/0", finding.JsonPointer);
        Assert.Equal("'Shop security' discloses criminal-offence data to 'Shared shoplifting warning list' under 'Covenant on shop crime in the city centre', but the register names no statute that allows it; a covenant is no ground of its own: cite the act and article in 'criminalOffenceGround.law' (Art. 10, 6(3)).", finding.Message);
    }

    [Fact]
    public void A_private_controller_that_names_the_statute_of_the_disclosure_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR020", "rpr020-stichting-met-wet.yaml"));
    }

    [Theory]
    [InlineData("UAVG art. 33(2)(b)")]
    [InlineData("uavg, artikel 33, tweede lid")]
    [InlineData("Uitvoeringswet AVG, art. 33 lid 2 onder b")]
    [InlineData("Uitvoeringswet Algemene verordening gegevensbescherming, art. 33")]
    [InlineData("Art. 33(2)(b)  UAVG")]
    public void A_ground_that_cites_only_the_uavg_is_no_statute_for_the_disclosure(string law)
    {
        Assert.NotEmpty(Findings(law));
    }

    [Theory]
    [InlineData("Jeugdwet, hoofdstuk 7")]
    [InlineData("Wet politiegegevens, art. 4:3")]
    [InlineData("Wet justitiële en strafvorderlijke gegevens")]
    [InlineData("Wet maatschappelijke ondersteuning 2015, art. 5.2.6")]
    [InlineData("Gemeentewet, art. 172")]
    [InlineData("Participatiewet, art. 64")]
    [InlineData("Wet Bibob, art. 28")]
    [InlineData("Wet op de jeugdzorg")]
    [InlineData("Penitentiaire beginselenwet")]
    [InlineData("Youth Act, chapter 7")]
    [InlineData("Police Data Act, section 4:3")]
    [InlineData("Probation Act")]
    public void A_ground_that_cites_another_statute_passes(string law)
    {
        Assert.Empty(Findings(law));
    }

    [Fact]
    public void A_recipient_limited_to_categories_without_criminal_offence_data_is_not_flagged()
    {
        Assert.DoesNotContain(RuleFixture.FindingsOf("RPR020", Limited), f => f.JsonPointer == "/activities/0/recipients/0");
    }

    [Fact]
    public void A_recipient_limited_to_categories_among_which_the_criminal_offence_data_is_flagged_and_so_is_one_not_limited()
    {
        var pointers = RuleFixture.FindingsOf("RPR020", Limited).Select(f => f.JsonPointer);

        Assert.Equal(["/activities/0/recipients/1", "/activities/0/recipients/2"], pointers);
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

    private static IReadOnlyList<Diagnostic> Findings(string law)
    {
        var register = RegisterLoader.LoadFile(Fixture.Path(Disclosed)).GetRegisterOrThrow();
        var activity = register.Activities[0];
        var changed = register with
        {
            Activities = [activity with { CriminalOffenceGround = activity.CriminalOffenceGround! with { Law = law } }],
        };
        return TransferAndRiskRegisters.FindingsOf("RPR020", changed);
    }
}
