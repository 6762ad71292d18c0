using Binatic.ProcessingRegister.Diff;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Diff;

/// <summary>
/// The processor's record (Art. 30(2)): clients, their categories of processing and agreements, sub-processors and
/// where they process, transfers and security measures, and the register's role. Each test changes one thing in
/// <c>Fixtures/verwerker-old.yaml</c>.
/// </summary>
public sealed class RegisterDiffProcessorTests
{
    private static readonly Lazy<Register> LazyBefore = new(() => RegisterLoader.LoadFile(Fixture.Path("verwerker-old.yaml")).GetRegisterOrThrow());

    private static readonly SubProcessor Supportdesk = new()
    {
        Id = "supportdesk",
        Name = "Helpdesk Cloud Inc.",
        Service = "Ticketsysteem.",
        Location = new Location { IsWithinEea = false, Countries = ["US"] },
    };

    private static Register Before => LazyBefore.Value;

    private static ProcessorRecord Record => Before.ProcessorRecord!;

    [Fact]
    public void A_new_sub_processor_is_a_concern_naming_the_clients_whose_categories_engage_it()
    {
        var after = After(Record with { SubProcessors = [.. Record.SubProcessors, Supportdesk] }, Engage("gemeente", "supportdesk"), Engage("tandartspraktijk", "supportdesk"));

        var concern = Assert.Single(RegisterDiff.Compare(Before, after).Attention);

        Assert.Equal((ConcernKind.SubProcessor, null, "Helpdesk Cloud Inc. (supportdesk)"), (concern.Kind, concern.Activity, concern.Subject));
        Assert.Equal(["gemeente", "tandartspraktijk"], concern.Clients.Select(c => c.Id));
    }

    [Fact]
    public void The_clients_of_a_new_sub_processor_are_named_with_how_they_authorised_sub_processors()
    {
        var after = After(Record with { SubProcessors = [.. Record.SubProcessors, Supportdesk] }, Engage("gemeente", "supportdesk"), Engage("tandartspraktijk", "supportdesk"));

        var concern = Assert.Single(RegisterDiff.Compare(Before, after).Attention);

        Assert.Equal(
            [new ClientReference("gemeente", "Gemeente Voorbeeldstad") { Authorisation = SubProcessorAuthorisation.General }, new ClientReference("tandartspraktijk", "Tandartspraktijk De Kies") { Authorisation = SubProcessorAuthorisation.Specific }],
            concern.Clients);
    }

    [Fact]
    public void A_client_that_authorised_sub_processors_specifically_is_asked_to_authorise_a_new_one_first_and_the_others_are_informed()
    {
        var after = After(Record with { SubProcessors = [.. Record.SubProcessors, Supportdesk] }, Engage("gemeente", "supportdesk"), Engage("tandartspraktijk", "supportdesk"));

        var summary = DiffMarkdown.ToMarkdown(RegisterDiff.Compare(Before, after), RegisterLanguage.Dutch);

        Assert.StartsWith(
            "#### Vraagt aandacht\n\n- **Nieuwe subverwerker (art. 28 lid 2 AVG)**: Helpdesk Cloud Inc. (supportdesk); " +
            "te informeren opdrachtgevers, die bezwaar kunnen maken: Gemeente Voorbeeldstad (`gemeente`); " +
            "opdrachtgevers die eerst toestemming moeten geven: Tandartspraktijk De Kies (`tandartspraktijk`)\n\n",
            summary,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_sub_processor_the_record_had_is_a_concern_for_a_client_that_did_not_engage_it_before()
    {
        var after = After(Record, Engage("kinderopvang", "back-up"));

        var concern = Assert.Single(RegisterDiff.Compare(Before, after).Attention);

        Assert.Equal((ConcernKind.SubProcessor, "Rechenzentrum Nord GmbH (back-up)"), (concern.Kind, concern.Subject));
        Assert.Equal(["kinderopvang"], concern.Clients.Select(c => c.Id));
    }

    [Fact]
    public void A_sub_processor_engaged_for_a_category_is_listed_under_its_client_with_the_category()
    {
        var after = After(Record, Engage("kinderopvang", "back-up"));

        var client = Assert.Single(RegisterDiff.Compare(Before, after).ChangedClients);

        Assert.Equal(new ClientChanges(Reference("kinderopvang", "Stichting Kinderopvang Het Speelhuis"), [new ListChange(ListKind.CategorySubProcessors, ["Rechenzentrum Nord GmbH (back-up), in Hosting van het ouderportaal"], [])]), client);
    }

    [Fact]
    public void A_new_client_engaging_a_sub_processor_the_record_had_is_a_change_and_not_a_concern()
    {
        var client = new Client
        {
            Id = "sportschool",
            Contact = new ContactDetails { Name = "Sportschool De Hal" },
            Processing = [new ProcessingCategory { Name = "Hosting van het ledensysteem", SubProcessors = ["datacentrum"] }],
        };

        var changes = RegisterDiff.Compare(Before, After(Record with { Clients = [.. Record.Clients, client] }));

        Assert.Empty(changes.Attention);
        Assert.Equal([new ListChange(ListKind.Clients, ["Sportschool De Hal (sportschool)"], [])], changes.ProcessorRecord);
    }

    [Fact]
    public void A_removed_sub_processor_is_a_change_and_not_a_concern()
    {
        var record = Record with { SubProcessors = [.. Record.SubProcessors.Where(p => p.Id != "mailservice")] };

        var changes = RegisterDiff.Compare(Before, After(record, Disengage("kinderopvang", "mailservice")));

        Assert.Empty(changes.Attention);
        Assert.Equal([new ListChange(ListKind.SubProcessors, [], ["Mailservice B.V. (mailservice)"])], changes.ProcessorRecord);
    }

    [Fact]
    public void A_new_country_for_a_sub_processor_is_a_concern_naming_the_clients_that_engage_it()
    {
        var changes = RegisterDiff.Compare(Before, After(Locate("datacentrum", new Location { IsWithinEea = true, Countries = ["NL", "BE"] })));

        var concern = Assert.Single(changes.Attention);
        Assert.Equal((ConcernKind.SubProcessorCountry, "Datacentrum Polderpark B.V. (datacentrum): BE"), (concern.Kind, concern.Subject));
        Assert.Equal(["bakkerij", "gemeente", "kinderopvang", "tandartspraktijk"], concern.Clients.Select(c => c.Id));
        Assert.Equal([new ListChange(ListKind.SubProcessorLocations, ["Datacentrum Polderpark B.V. (datacentrum): BE"], [])], changes.ProcessorRecord);
    }

    [Fact]
    public void A_country_a_sub_processor_no_longer_processes_in_is_a_change_and_not_a_concern()
    {
        var before = Before with { ProcessorRecord = Locate("datacentrum", new Location { IsWithinEea = true, Countries = ["NL", "BE"] }) };

        var changes = RegisterDiff.Compare(before, Before);

        Assert.Empty(changes.Attention);
        Assert.Equal([new ListChange(ListKind.SubProcessorLocations, [], ["Datacentrum Polderpark B.V. (datacentrum): BE"])], changes.ProcessorRecord);
    }

    [Fact]
    public void A_sub_processor_whose_processing_no_longer_stays_within_the_EEA_is_a_concern()
    {
        var changes = RegisterDiff.Compare(Before, After(Locate("back-up", new Location { IsWithinEea = false, Countries = ["DE"] })));

        var concern = Assert.Single(changes.Attention);
        Assert.Equal((ConcernKind.SubProcessorOutsideEea, "Rechenzentrum Nord GmbH (back-up)"), (concern.Kind, concern.Subject));
        Assert.Equal(["gemeente", "tandartspraktijk"], concern.Clients.Select(c => c.Id));
        Assert.Equal(
            [new ListChange(ListKind.SubProcessorLocations, ["Rechenzentrum Nord GmbH (back-up): outside the EEA"], ["Rechenzentrum Nord GmbH (back-up): within the EEA"])],
            changes.ProcessorRecord);
    }

    [Fact]
    public void A_sub_processor_that_moves_to_a_country_outside_the_EEA_is_one_concern_for_the_new_country()
    {
        var changes = RegisterDiff.Compare(Before, After(Locate("back-up", new Location { IsWithinEea = false, Countries = ["US"] })));

        var concern = Assert.Single(changes.Attention);
        Assert.Equal((ConcernKind.SubProcessorCountry, "Rechenzentrum Nord GmbH (back-up): US"), (concern.Kind, concern.Subject));
    }

    [Fact]
    public void A_new_transfer_country_is_a_concern_naming_the_clients_that_engage_its_recipient()
    {
        var transfer = new Transfer { Country = "CH", Recipient = "back-up", Safeguards = [new Safeguard { Type = SafeguardType.AdequacyDecision }] };

        var changes = RegisterDiff.Compare(Before, After(Record with { Transfers = [transfer] }));

        var concern = Assert.Single(changes.Attention);
        Assert.Equal((ConcernKind.ProcessorTransfer, null, "CH"), (concern.Kind, concern.Activity, concern.Subject));
        Assert.Equal(["gemeente", "tandartspraktijk"], concern.Clients.Select(c => c.Id));
        Assert.Equal([new ListChange(ListKind.Transfers, ["CH: adequacyDecision, to back-up"], [])], changes.ProcessorRecord);
    }

    [Fact]
    public void A_new_transfer_is_shown_in_Dutch_with_the_clients_to_inform()
    {
        var transfer = new Transfer { Country = "CH", Recipient = "back-up", Safeguards = [new Safeguard { Type = SafeguardType.AdequacyDecision }] };

        var summary = DiffMarkdown.ToMarkdown(RegisterDiff.Compare(Before, After(Record with { Transfers = [transfer] })), RegisterLanguage.Dutch);

        Assert.StartsWith(
            "#### Vraagt aandacht\n\n- **Doorgifte buiten de EER door de verwerker (art. 28 lid 3 onder a en art. 44-46 AVG)** naar CH; " +
            "te informeren opdrachtgevers: Gemeente Voorbeeldstad (`gemeente`), Tandartspraktijk De Kies (`tandartspraktijk`)\n\n" +
            "#### Register van de verwerker\n\n- Doorgiften\n  - toegevoegd: CH: adequacyDecision, naar back-up\n",
            summary,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Clients_are_matched_by_id_so_a_renamed_client_is_no_change()
    {
        var client = Record.Clients[0];

        var changes = RegisterDiff.Compare(Before, After(Record with { Clients = [client with { Contact = client.Contact with { Name = "Bakkerij Korstje B.V." } }, .. Record.Clients.Skip(1)] }));

        Assert.True(changes.IsEmpty);
    }

    [Fact]
    public void A_client_with_a_new_id_is_added_and_the_old_one_removed()
    {
        var changes = RegisterDiff.Compare(Before, After(Record with { Clients = [Record.Clients[0] with { Id = "korstje" }, .. Record.Clients.Skip(1)] }));

        Assert.Equal([new ListChange(ListKind.Clients, ["Bakkerij Het Korstje (korstje)"], ["Bakkerij Het Korstje (bakkerij)"])], changes.ProcessorRecord);
        Assert.Empty(changes.ChangedClients);
    }

    [Fact]
    public void A_renamed_category_of_processing_is_one_added_and_one_removed_with_its_sub_processors()
    {
        var gemeente = Client("gemeente");
        var after = After(Record, gemeente with { Processing = [gemeente.Processing[0] with { Name = "Hosting en beheer van het zaaksysteem" }] });

        var client = Assert.Single(RegisterDiff.Compare(Before, after).ChangedClients);

        Assert.Equal([new ListChange(ListKind.ProcessingCategories, ["Hosting en beheer van het zaaksysteem"], ["Hosting van het zaaksysteem"])], client.Lists);
    }

    [Fact]
    public void A_changed_sub_processor_authorisation_is_listed_under_its_client()
    {
        var gemeente = Client("gemeente");
        var agreement = gemeente.ProcessingAgreement! with { SubProcessorAuthorisation = SubProcessorAuthorisation.Specific, AuthorisedSubProcessors = ["datacentrum"] };

        var client = Assert.Single(RegisterDiff.Compare(Before, After(Record, gemeente with { ProcessingAgreement = agreement })).ChangedClients);

        Assert.Equal(
            [new ListChange(ListKind.SubProcessorAuthorisation, ["specific"], ["general"]), new ListChange(ListKind.AuthorisedSubProcessors, ["Datacentrum Polderpark B.V. (datacentrum)"], [])],
            client.Lists);
    }

    [Fact]
    public void Security_measures_of_the_record_are_listed_with_their_descriptions()
    {
        var changes = RegisterDiff.Compare(Before, After(Record with { SecurityMeasures = ["logging"] }));

        Assert.Equal(
            [new ListChange(ListKind.SecurityMeasures, ["Beheerhandelingen worden gelogd. (logging)"], ["Managementsysteem voor informatiebeveiliging volgens ISO/IEC 27001. (isms)"])],
            changes.ProcessorRecord);
        Assert.Empty(changes.RegisterLevel);
    }

    [Fact]
    public void A_change_of_role_is_shown_for_the_register()
    {
        var after = Before with { Info = Before.Info with { Role = RegisterRole.ControllerAndProcessor } };

        var changes = RegisterDiff.Compare(Before, after);

        Assert.Equal([new ListChange(ListKind.Role, ["controllerAndProcessor"], ["processor"])], changes.RegisterLevel);
        Assert.Equal("#### Register\n\n- Rol\n  - toegevoegd: controllerAndProcessor\n  - verwijderd: processor\n", DiffMarkdown.ToMarkdown(changes, RegisterLanguage.Dutch));
    }

    [Fact]
    public void A_processor_s_record_that_is_new_as_a_whole_lists_its_parts_without_concerns()
    {
        var before = Before with { ProcessorRecord = null };

        var changes = RegisterDiff.Compare(before, Before);

        Assert.Empty(changes.Attention);
        Assert.Equal([ListKind.Clients, ListKind.SubProcessors, ListKind.SecurityMeasures], changes.ProcessorRecord.Select(l => l.Kind));
        Assert.Equal(4, changes.ProcessorRecord[0].Added.Count);
    }

    [Fact]
    public void Registers_without_a_processor_s_record_have_no_changes_to_one()
    {
        var changes = RegisterDiff.Compare(RegisterLoader.LoadFile(Fixture.Path("binatic-old.yaml")).GetRegisterOrThrow(), RegisterLoader.LoadFile(Fixture.Path("binatic-new.yaml")).GetRegisterOrThrow());

        Assert.Empty(changes.ProcessorRecord);
        Assert.Empty(changes.ChangedClients);
        Assert.DoesNotContain(changes.Attention, c => c.Clients.Count > 0);
    }

    private static ClientReference Reference(string id, string name) =>
        new(id, name) { Authorisation = Client(id).ProcessingAgreement?.SubProcessorAuthorisation };

    private static Client Client(string id) => Record.Clients.Single(c => c.Id == id);

    // The client's first category of processing engages the sub-processor too.
    private static Client Engage(string client, string subProcessor)
    {
        var found = Client(client);
        return found with { Processing = [found.Processing[0] with { SubProcessors = [.. found.Processing[0].SubProcessors, subProcessor] }, .. found.Processing.Skip(1)] };
    }

    private static Client Disengage(string client, string subProcessor)
    {
        var found = Client(client);
        return found with { Processing = [.. found.Processing.Select(c => c with { SubProcessors = [.. c.SubProcessors.Where(id => id != subProcessor)] })] };
    }

    private static ProcessorRecord Locate(string subProcessor, Location location) =>
        Record with { SubProcessors = [.. Record.SubProcessors.Select(p => p.Id == subProcessor ? p with { Location = location } : p)] };

    private static Register After(ProcessorRecord record, params Client[] clients) => Before with
    {
        ProcessorRecord = record with { Clients = [.. record.Clients.Select(c => clients.FirstOrDefault(changed => changed.Id == c.Id) ?? c)] },
    };
}
