using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Loading;

/// <summary>The parts of the format a municipal register needs: chain partners, further processing, archival retention,
/// no transfers and national identifiers.</summary>
public sealed class MunicipalFieldsTests
{
    private static readonly Register Municipal = RegisterLoader.LoadFile(Fixture.Path("municipal.yaml")).GetRegisterOrThrow();

    [Fact]
    public void A_recipient_can_be_a_chain_partner_under_a_covenant()
    {
        var recipient = Assert.Single(Municipal.Recipients);

        Assert.True(recipient.IsChainPartner);
        Assert.Equal(
            new Covenant { Name = "Convenant Zorg- en Veiligheidshuis 2024", Reference = "ZVH-2024-01", Date = new DateOnly(2024, 3, 1) },
            recipient.Covenant);
    }

    [Fact]
    public void A_recipient_can_be_limited_to_the_data_categories_it_receives()
    {
        Assert.Equal(["naw"], Assert.Single(Municipal.Recipients).DataCategories);
    }

    [Fact]
    public void An_activity_records_its_further_processing_with_the_assessment_the_law_and_consent()
    {
        var further = Assert.Single(Municipal.Activities[0].FurtherProcessing);

        Assert.Equal(
            new FurtherProcessing
            {
                Purpose = "Statistiek over de burgerlijke stand.",
                CompatibilityAssessment = "Verenigbaarheidstoets VT-2024-07",
                Law = "Wet op het Centraal bureau voor de statistiek, art. 33",
                IsBasedOnConsent = true,
            },
            further);
    }

    [Fact]
    public void An_activity_can_state_that_it_transfers_nothing_outside_the_eea()
    {
        Assert.True(Municipal.Activities[0].HasNoTransfers);
    }

    [Fact]
    public void A_retention_rule_can_keep_records_permanently_under_a_selection_list_and_transfer_them_to_an_archive()
    {
        var rule = Assert.Single(Municipal.Activities[0].Retention);

        Assert.True(rule.IsPermanent);
        Assert.Null(rule.Period);
        Assert.Equal(new SelectionList { Name = "Selectielijst gemeenten en intergemeentelijke organen 2020", Category = "1.1.3" }, rule.SelectionList);
        Assert.Equal(IsoPeriod.Parse("P20Y"), rule.ArchiveTransferAfter);
        Assert.Equal(["huwelijksakte"], rule.RecordTypes);
    }

    [Fact]
    public void A_data_category_can_be_a_national_identifier_with_the_law_that_allows_it()
    {
        Assert.Equal(
            new NationalIdentifier { Name = "BSN", Law = "Wet algemene bepalingen burgerservicenummer, art. 10" },
            Municipal.DataCategories[1].NationalIdentifier);
    }

    [Fact]
    public void Registers_that_do_not_use_the_fields_leave_them_empty()
    {
        var binatic = Fixture.BinaticRegister;

        Assert.All(binatic.Recipients, r => Assert.False(r.IsChainPartner || r.Covenant is not null));
        Assert.All(binatic.Activities, a => Assert.False(a.HasNoTransfers || a.FurtherProcessing.Count > 0));
        Assert.All(binatic.DataCategories, c => Assert.Null(c.NationalIdentifier));
    }
}
