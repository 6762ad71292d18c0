using Binatic.ProcessingRegister.Diff;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Diff;

public sealed class RegisterDiffTests
{
    private static readonly DataCategory Name = new() { Id = "naam", Name = "naam" };

    private static readonly DataCategory Health = new() { Id = "gezondheid", Name = "gezondheid", SpecialCategory = SpecialCategory.Health };

    private static readonly DataCategory Convictions = new() { Id = "strafblad", Name = "strafblad", IsCriminalOffenceData = true };

    [Fact]
    public void Identical_registers_have_no_changes()
    {
        var register = Register(Activity("a"));

        Assert.True(RegisterDiff.Compare(register, register).IsEmpty);
    }

    [Fact]
    public void Activities_are_matched_by_id_so_one_with_a_new_id_is_added_and_the_old_one_removed()
    {
        var changes = RegisterDiff.Compare(Register(Activity("old-id")), Register(Activity("new-id")));

        Assert.Equal([new ActivityReference("new-id", "new-id name")], changes.AddedActivities);
        Assert.Equal([new ActivityReference("old-id", "old-id name")], changes.RemovedActivities);
        Assert.Empty(changes.ChangedActivities);
    }

    [Fact]
    public void A_purpose_removed_from_an_activity_is_reported_under_that_activity()
    {
        var before = Register(Activity("a") with { Purposes = ["bestellen", "factureren"] });
        var after = Register(Activity("a") with { Purposes = ["bestellen"] });

        var change = Assert.Single(Assert.Single(RegisterDiff.Compare(before, after).ChangedActivities).Lists);

        Assert.Equal(ListKind.Purposes, change.Kind);
        Assert.Empty(change.Added);
        Assert.Equal(["factureren"], change.Removed);
    }

    [Fact]
    public void A_reworded_legal_basis_is_not_a_change_but_another_basis_is()
    {
        var before = Register(Activity("a") with { LegalBases = [new LegalGround { Basis = LegalBasis.Contract, Description = "old words" }] });
        var reworded = Register(Activity("a") with { LegalBases = [new LegalGround { Basis = LegalBasis.Contract, Description = "new words" }] });
        var replaced = Register(Activity("a") with { LegalBases = [new LegalGround { Basis = LegalBasis.Consent }] });

        Assert.True(RegisterDiff.Compare(before, reworded).IsEmpty);
        var change = Assert.Single(Assert.Single(RegisterDiff.Compare(before, replaced).ChangedActivities).Lists);
        Assert.Equal(["consent"], change.Added);
        Assert.Equal(["contract"], change.Removed);
    }

    [Fact]
    public void Data_categories_are_shown_with_their_names()
    {
        var before = Register(Activity("a"));
        var after = Register(Activity("a") with { DataCategories = ["naam"] });

        var change = Assert.Single(Assert.Single(RegisterDiff.Compare(before, after).ChangedActivities).Lists);

        Assert.Equal(ListKind.DataCategories, change.Kind);
        Assert.Equal(["naam (naam)"], change.Added);
    }

    [Fact]
    public void New_special_category_data_in_an_activity_needs_attention()
    {
        var changes = RegisterDiff.Compare(Register(Activity("a")), Register(Activity("a") with { DataCategories = ["gezondheid"] }));

        var concern = Assert.Single(changes.Attention);
        Assert.Equal(ConcernKind.SpecialCategoryData, concern.Kind);
        Assert.Equal("a", concern.Activity?.Id);
    }

    [Fact]
    public void A_listed_category_newly_marked_special_needs_attention_though_no_list_changed()
    {
        var plain = Health with { SpecialCategory = null };
        var before = Register(Activity("a") with { DataCategories = ["gezondheid"] }) with { DataCategories = [plain] };
        var after = Register(Activity("a") with { DataCategories = ["gezondheid"] });

        var changes = RegisterDiff.Compare(before, after);

        Assert.Equal(ConcernKind.SpecialCategoryData, Assert.Single(changes.Attention).Kind);
        Assert.Empty(changes.ChangedActivities);
    }

    [Fact]
    public void New_criminal_offence_data_in_a_new_activity_needs_attention()
    {
        var changes = RegisterDiff.Compare(Register(), Register(Activity("a") with { DataCategories = ["strafblad", "naam"] }));

        Assert.Equal(ConcernKind.CriminalOffenceData, Assert.Single(changes.Attention).Kind);
    }

    [Fact]
    public void A_new_transfer_to_a_third_country_needs_attention()
    {
        var changes = RegisterDiff.Compare(Register(Activity("a")), Register(Activity("a") with { Transfers = [Transfer("IN")] }));

        var concern = Assert.Single(changes.Attention);
        Assert.Equal((ConcernKind.ThirdCountryTransfer, "IN"), (concern.Kind, concern.Subject));
    }

    [Fact]
    public void A_new_transfer_within_the_EEA_is_a_change_that_needs_no_attention()
    {
        var changes = RegisterDiff.Compare(Register(Activity("a")), Register(Activity("a") with { Transfers = [Transfer("NO")] }));

        Assert.Empty(changes.Attention);
        Assert.Equal(["NO: standardContractualClauses"], Assert.Single(Assert.Single(changes.ChangedActivities).Lists).Added);
    }

    [Fact]
    public void A_new_register_wide_transfer_to_a_third_country_needs_attention_without_an_activity()
    {
        var changes = RegisterDiff.Compare(Register(), Register() with { Transfers = [Transfer("US")] });

        var concern = Assert.Single(changes.Attention);
        Assert.Null(concern.Activity);
        Assert.Equal(ListKind.Transfers, Assert.Single(changes.RegisterLevel).Kind);
    }

    [Fact]
    public void Register_level_processors_are_compared_by_id()
    {
        var processor = new Processor { Id = "hosting", Name = "Hosting BV", Service = "hosting" };
        var before = Register() with { Processors = [processor] };
        var after = Register() with { Processors = [processor with { Name = "Hosting B.V." }, processor with { Id = "mail", Name = "Mail BV" }] };

        var change = Assert.Single(RegisterDiff.Compare(before, after).RegisterLevel);

        Assert.Equal(ListKind.Processors, change.Kind);
        Assert.Equal(["Mail BV (mail)"], change.Added);
        Assert.Empty(change.Removed);
    }

    private static ProcessingActivity Activity(string id) => new() { Id = id, Name = $"{id} name" };

    private static Transfer Transfer(string country) =>
        new() { Country = country, Safeguards = [new Safeguard { Type = SafeguardType.StandardContractualClauses }] };

    private static Register Register(params ProcessingActivity[] activities) => new()
    {
        Info = new RegisterInfo { Language = RegisterLanguage.Dutch },
        Controllers = [new Controller { Contact = new ContactDetails { Name = "Binatic" } }],
        DataCategories = [Name, Health, Convictions],
        Activities = [.. activities],
    };
}
