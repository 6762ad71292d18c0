using Binatic.ProcessingRegister.Diff;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Diff;

/// <summary>
/// The structure of a municipality's register: controllers, departments, tasks, joint-controller arrangements, chain
/// partners with their covenants, national identifiers, "no transfers" and permanent retention. Each test changes one
/// thing in <c>Fixtures/gemeente-old.yaml</c>.
/// </summary>
public sealed class RegisterDiffStructureTests
{
    private static readonly Lazy<Register> LazyBefore = new(() => RegisterLoader.LoadFile(Fixture.Path("gemeente-old.yaml")).GetRegisterOrThrow());

    private static Register Before => LazyBefore.Value;

    private static ProcessingActivity Paspoort => Before.Activities[0];

    [Fact]
    public void Moving_an_activity_to_another_department_is_listed_as_a_change()
    {
        var change = SingleActivityList(After(Paspoort with { Department = "veiligheid" }));

        Assert.Equal(new ListChange(ListKind.Department, ["Openbare orde en veiligheid (veiligheid)"], ["Publiekszaken (publiekszaken)"]), change);
    }

    [Fact]
    public void Moving_an_activity_to_another_task_is_listed_as_a_change()
    {
        var change = SingleActivityList(After(Paspoort with { Task = "handhaving" }));

        Assert.Equal(new ListChange(ListKind.Task, ["Handhaving (handhaving)"], ["Reisdocumenten (reisdocumenten)"]), change);
    }

    [Fact]
    public void Another_controller_for_an_activity_is_listed_by_name()
    {
        var change = SingleActivityList(After(Paspoort with { Controllers = ["burgemeester"] }));

        Assert.Equal(new ListChange(ListKind.Controllers, ["Burgemeester (burgemeester)"], ["College van B en W (college)"]), change);
    }

    [Fact]
    public void A_controller_id_that_now_stands_for_another_organisation_changes_the_controllers_of_its_activities()
    {
        var renamed = Before with { Controllers = [Before.Controllers[0] with { Contact = Before.Controllers[0].Contact with { Name = "Gemeenteraad" } }, Before.Controllers[1]] };

        var changes = RegisterDiff.Compare(Before, renamed);

        var activity = Assert.Single(changes.ChangedActivities);
        Assert.Equal([new ListChange(ListKind.Controllers, ["Gemeenteraad (college)"], ["College van B en W (college)"])], activity.Lists);
        Assert.Equal([new ListChange(ListKind.Controllers, ["Gemeenteraad (college)"], ["College van B en W (college)"])], changes.RegisterLevel);
    }

    [Fact]
    public void Renaming_the_only_controller_of_a_register_is_listed_once_for_the_register_and_not_on_each_activity()
    {
        var before = Fixture.BinaticRegister;
        var controller = before.Controllers[0];
        var after = before with { Controllers = [controller with { Contact = controller.Contact with { Name = "Binatic Holding" } }] };

        var changes = RegisterDiff.Compare(before, after);

        Assert.Empty(changes.ChangedActivities);
        Assert.Equal([new ListChange(ListKind.Controllers, ["Binatic Holding"], [controller.Contact.Name])], changes.RegisterLevel);
    }

    [Fact]
    public void Giving_the_only_controller_an_id_and_naming_it_on_the_activities_is_no_change()
    {
        var before = Fixture.BinaticRegister;
        var after = before with
        {
            Controllers = [before.Controllers[0] with { Id = "binatic" }],
            Activities = [.. before.Activities.Select(a => a with { Controllers = ["binatic"] })],
        };

        Assert.True(RegisterDiff.Compare(before, after).IsEmpty);
    }

    [Fact]
    public void An_activity_placed_under_a_joint_controller_arrangement_is_listed_as_a_change()
    {
        var change = SingleActivityList(After(Paspoort with { JointControllerArrangements = ["zvh-samenwerking"] }));

        Assert.Equal(new ListChange(ListKind.JointControllerArrangements, ["Zorg- en Veiligheidshuis (zvh-samenwerking)"], []), change);
    }

    [Fact]
    public void Another_party_to_a_joint_controller_arrangement_is_listed_for_the_register()
    {
        var arrangement = Before.JointControllerArrangements[0];
        var after = Before with
        {
            JointControllerArrangements = [arrangement with { Parties = [arrangement.Parties[0], new ArrangementParty { Contact = new ContactDetails { Name = "Openbaar Ministerie" } }] }],
        };

        var changes = RegisterDiff.Compare(Before, after);

        Assert.Empty(changes.ChangedActivities);
        Assert.Equal(
            [new ListChange(ListKind.ArrangementParties, ["Openbaar Ministerie, in Zorg- en Veiligheidshuis (zvh-samenwerking)"], ["Politie, in Zorg- en Veiligheidshuis (zvh-samenwerking)"])],
            changes.RegisterLevel);
    }

    [Fact]
    public void A_new_arrangement_is_listed_without_its_parties_apart()
    {
        var added = new JointControllerArrangement
        {
            Id = "rbl",
            Name = "Regionaal Bureau Leerplicht",
            Parties = [new ArrangementParty { Contact = new ContactDetails { Name = "Gemeente Buurdorp" } }],
        };

        var changes = RegisterDiff.Compare(Before, Before with { JointControllerArrangements = [.. Before.JointControllerArrangements, added] });

        Assert.Equal([new ListChange(ListKind.JointControllerArrangements, ["Regionaal Bureau Leerplicht (rbl)"], [])], changes.RegisterLevel);
    }

    [Fact]
    public void A_new_chain_partner_of_an_activity_needs_attention()
    {
        var changes = RegisterDiff.Compare(Before, After(Paspoort with { Recipients = ["rdw", "zvh"] }));

        Assert.Equal([new Concern(ConcernKind.ChainPartner, new ActivityReference("paspoort", "Paspoort aanvragen"), "Zorg- en Veiligheidshuis (zvh)")], changes.Attention);
    }

    [Fact]
    public void A_recipient_only_now_marked_a_chain_partner_needs_attention_in_the_activities_that_disclose_to_it()
    {
        var after = Before with { Recipients = [Before.Recipients[0], Before.Recipients[1] with { IsChainPartner = true }] };

        var concern = Assert.Single(RegisterDiff.Compare(Before, after).Attention);

        Assert.Equal(new Concern(ConcernKind.ChainPartner, new ActivityReference("paspoort", "Paspoort aanvragen"), "RDW (rdw)"), concern);
    }

    [Fact]
    public void A_new_covenant_on_a_recipient_of_an_activity_is_a_change_and_not_a_concern()
    {
        var covenant = new Covenant { Name = "Convenant kentekenregister" };
        var changes = RegisterDiff.Compare(Before, Before with { Recipients = [Before.Recipients[0], Before.Recipients[1] with { Covenant = covenant }] });

        Assert.Empty(changes.Attention);
        Assert.Equal(new ListChange(ListKind.Covenants, ["Convenant kentekenregister, with RDW (rdw)"], []), SingleActivityList(changes));
    }

    [Fact]
    public void A_renewed_covenant_on_a_recipient_of_an_activity_is_listed_as_replaced()
    {
        var before = After(Paspoort with { Recipients = ["zvh"] });
        var zvh = before.Recipients[0];
        var after = before with { Recipients = [zvh with { Covenant = zvh.Covenant! with { Reference = "ZVH-2025-01", Date = new DateOnly(2025, 1, 15) } }, before.Recipients[1]] };

        var change = SingleActivityList(RegisterDiff.Compare(before, after));

        Assert.Equal(
            new ListChange(
                ListKind.Covenants,
                ["Convenant Zorg- en Veiligheidshuis (ZVH-2025-01, 2025-01-15), with Zorg- en Veiligheidshuis (zvh)"],
                ["Convenant Zorg- en Veiligheidshuis (ZVH-2024-01, 2024-03-01), with Zorg- en Veiligheidshuis (zvh)"]),
            change);
    }

    [Fact]
    public void A_national_identifier_an_activity_did_not_process_before_needs_attention()
    {
        var changes = RegisterDiff.Compare(Before, After(Paspoort with { DataCategories = ["naam", "bsn"] }));

        var concern = Assert.Single(changes.Attention);
        Assert.Equal(new Concern(ConcernKind.NationalIdentifier, new ActivityReference("paspoort", "Paspoort aanvragen"), "Burgerservicenummer (bsn) (BSN)"), concern);
    }

    [Fact]
    public void A_category_only_now_marked_a_national_identifier_needs_attention_in_the_activities_that_process_it()
    {
        var naam = Before.DataCategories[0];
        var after = Before with { DataCategories = [naam with { NationalIdentifier = new NationalIdentifier() }, Before.DataCategories[1]] };

        var concern = Assert.Single(RegisterDiff.Compare(Before, after).Attention);

        Assert.Equal(new Concern(ConcernKind.NationalIdentifier, new ActivityReference("paspoort", "Paspoort aanvragen"), "Naam (naam)"), concern);
    }

    [Fact]
    public void Giving_up_no_transfers_for_a_transfer_shows_the_statement_removed_and_the_transfer_added()
    {
        var transfer = new Transfer { Country = "NO", Safeguards = [] };

        var change = SingleActivityList(After(Paspoort with { HasNoTransfers = false, Transfers = [transfer] }));

        Assert.Equal(new ListChange(ListKind.Transfers, ["NO: no safeguards"], ["no transfers (stated)"]), change);
    }

    [Fact]
    public void A_retention_rule_becoming_permanent_is_listed_as_replaced()
    {
        var change = SingleActivityList(After(Paspoort with { Retention = [new RetentionRule { IsPermanent = true, Description = "Aanvraagdossier." }] }));

        Assert.Equal(new ListChange(ListKind.Retention, ["permanent; Aanvraagdossier."], ["P11Y; Aanvraagdossier."]), change);
    }

    [Fact]
    public void Register_text_in_the_new_parts_of_the_summary_is_escaped()
    {
        var after = Before with { Departments = [Before.Departments[0], Before.Departments[1] with { Name = "Veiligheid <script> @wethouder" }] };

        var summary = DiffMarkdown.ToMarkdown(RegisterDiff.Compare(Before, After(after, Paspoort with { Department = "veiligheid" })));

        Assert.Contains("  - Department\n    - added: Veiligheid \\<script\\> ", summary, StringComparison.Ordinal);
        GitHubConversation.AssertInert(summary);
    }

    private static Register After(ProcessingActivity activity) => After(Before, activity);

    private static Register After(Register register, ProcessingActivity activity) => register with { Activities = [activity] };

    private static ListChange SingleActivityList(Register after) => SingleActivityList(RegisterDiff.Compare(Before, after));

    private static ListChange SingleActivityList(RegisterChanges changes)
    {
        Assert.Empty(changes.RegisterLevel);
        return Assert.Single(Assert.Single(changes.ChangedActivities).Lists);
    }
}
