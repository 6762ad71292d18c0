using Binatic.ProcessingRegister.Diff;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Diff;

/// <summary>
/// The words the comparison puts around register text in a list entry ("with", "to", "no transfers (stated)") are in
/// the summary's language; register text and the format's own values stay as written.
/// </summary>
public sealed class RegisterDiffLanguageTests
{
    [Fact]
    public void An_activity_that_gives_up_stating_it_makes_no_transfers_reads_as_such_in_Dutch()
    {
        var change = ActivityChange(Activity() with { HasNoTransfers = true }, Activity());

        Assert.Equal(["geen doorgiften (vermeld)"], change.RemovedIn(RegisterLanguage.Dutch));
    }

    [Fact]
    public void The_English_entries_stay_what_they_were()
    {
        var change = ActivityChange(Activity() with { HasNoTransfers = true }, Activity());

        Assert.Equal(["no transfers (stated)"], change.Removed);
        Assert.Equal(change.Removed, change.RemovedIn(RegisterLanguage.English));
    }

    [Fact]
    public void A_transfer_to_a_recipient_goes_naar_it_in_Dutch_with_its_safeguard_types_as_written()
    {
        var transfer = new Transfer { Country = "US", Recipient = "hosting", Safeguards = [new Safeguard { Type = SafeguardType.StandardContractualClauses }] };

        var change = ActivityChange(Activity(), Activity() with { Transfers = [transfer] });

        Assert.Equal(["US: standardContractualClauses, naar hosting"], change.AddedIn(RegisterLanguage.Dutch));
    }

    [Fact]
    public void A_transfer_without_safeguards_says_so_in_Dutch()
    {
        var change = ActivityChange(Activity(), Activity() with { Transfers = [new Transfer { Country = "US", Safeguards = [] }] });

        Assert.Equal(["US: geen waarborgen"], change.AddedIn(RegisterLanguage.Dutch));
    }

    [Fact]
    public void A_transfer_to_a_recipient_without_safeguards_says_both_in_Dutch()
    {
        var change = ActivityChange(Activity(), Activity() with { Transfers = [new Transfer { Country = "US", Recipient = "hosting", Safeguards = [] }] });

        Assert.Equal(["US: geen waarborgen, naar hosting"], change.AddedIn(RegisterLanguage.Dutch));
        Assert.Equal(["US: no safeguards, to hosting"], change.Added);
    }

    [Fact]
    public void A_retention_rule_reads_in_Dutch_with_its_period_categories_and_description_as_written()
    {
        var rule = new RetentionRule { Period = IsoPeriod.Parse("P7Y"), From = "einde dienstverband", DataCategories = ["naam", "bsn"], Description = "Fiscale bewaarplicht." };

        var change = ActivityChange(Activity(), Activity() with { Retention = [rule] });

        Assert.Equal(["P7Y; vanaf einde dienstverband; voor naam, bsn; Fiscale bewaarplicht."], change.AddedIn(RegisterLanguage.Dutch));
        Assert.Equal(["P7Y; from einde dienstverband; for naam, bsn; Fiscale bewaarplicht."], change.Added);
    }

    [Fact]
    public void Permanent_retention_reads_as_the_Archiefwet_says_it_in_Dutch()
    {
        var change = ActivityChange(Activity(), Activity() with { Retention = [new RetentionRule { IsPermanent = true }] });

        Assert.Equal(["permanent te bewaren"], change.AddedIn(RegisterLanguage.Dutch));
    }

    [Fact]
    public void An_empty_retention_rule_is_named_in_Dutch()
    {
        var change = ActivityChange(Activity(), Activity() with { Retention = [new RetentionRule()] });

        Assert.Equal(["(lege regel)"], change.AddedIn(RegisterLanguage.Dutch));
    }

    [Fact]
    public void Register_text_alone_is_the_same_in_both_languages()
    {
        var change = ActivityChange(Activity(), Activity() with { Purposes = ["no transfers (stated)"] });

        Assert.Equal(["no transfers (stated)"], change.AddedIn(RegisterLanguage.Dutch));
    }

    [Fact]
    public void A_change_made_from_plain_text_reads_the_same_in_both_languages()
    {
        var change = new ListChange(ListKind.Transfers, ["US: standardContractualClauses, to hosting"], []);

        Assert.Equal(change.Added, change.AddedIn(RegisterLanguage.Dutch));
    }

    [Fact]
    public void Replacing_the_entries_of_a_change_replaces_their_Dutch_text_too()
    {
        var change = ActivityChange(Activity() with { HasNoTransfers = true }, Activity()) with { Removed = ["something else"] };

        Assert.Equal(["something else"], change.RemovedIn(RegisterLanguage.Dutch));
    }

    [Fact]
    public void A_change_equals_one_made_from_its_English_entries()
    {
        var change = ActivityChange(Activity() with { HasNoTransfers = true }, Activity());

        Assert.Equal(new ListChange(ListKind.Transfers, [], ["no transfers (stated)"]), change);
        Assert.Equal(new ListChange(ListKind.Transfers, [], ["no transfers (stated)"]).GetHashCode(), change.GetHashCode());
    }

    [Fact]
    public void The_Dutch_summary_writes_the_entries_in_Dutch()
    {
        var before = Register(Activity() with { HasNoTransfers = true });
        var after = Register(Activity() with { Transfers = [new Transfer { Country = "NO", Recipient = "hosting", Safeguards = [] }] });

        var summary = DiffMarkdown.ToMarkdown(RegisterDiff.Compare(before, after), RegisterLanguage.Dutch);

        Assert.Contains("  - Doorgiften\n    - toegevoegd: NO: geen waarborgen, naar hosting\n    - verwijderd: geen doorgiften (vermeld)\n", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sub_processor_of_a_category_of_processing_is_engaged_bij_it_in_Dutch()
    {
        var before = ProcessorRegister(Category());
        var after = ProcessorRegister(Category() with { SubProcessors = ["hosting"] });

        var change = Assert.Single(Assert.Single(RegisterDiff.Compare(before, after).ChangedClients).Lists);

        Assert.Equal(["Hosting BV (hosting), bij Hosting"], change.AddedIn(RegisterLanguage.Dutch));
        Assert.Equal(["Hosting BV (hosting), in Hosting"], change.Added);
    }

    [Fact]
    public void A_sub_processor_that_leaves_the_EEA_goes_buiten_de_EER_in_Dutch()
    {
        var before = ProcessorRegister(Category(), new Location { IsWithinEea = true });
        var after = ProcessorRegister(Category(), new Location { IsWithinEea = false });

        var change = Assert.Single(RegisterDiff.Compare(before, after).ProcessorRecord);

        Assert.Equal(["Hosting BV (hosting): buiten de EER"], change.AddedIn(RegisterLanguage.Dutch));
        Assert.Equal(["Hosting BV (hosting): binnen de EER"], change.RemovedIn(RegisterLanguage.Dutch));
    }

    [Fact]
    public void The_Dutch_summary_of_a_processor_s_record_uses_the_AVG_s_terms()
    {
        var before = ProcessorRegister(Category());
        var after = ProcessorRegister(Category() with { SubProcessors = ["hosting"] }, new Location { IsWithinEea = false, Countries = ["US"] });

        var summary = DiffMarkdown.ToMarkdown(RegisterDiff.Compare(before, after), RegisterLanguage.Dutch);

        Assert.Equal(
            """
            #### Vraagt aandacht

            - **Nieuwe subverwerker (art. 28 lid 2 AVG)**: Hosting BV (hosting); te informeren opdrachtgevers, die bezwaar kunnen maken: Klant (`klant`)
            - **Nieuw land voor een subverwerker (art. 28 lid 2 en art. 44-46 AVG)**: Hosting BV (hosting): US; te informeren opdrachtgevers: Klant (`klant`)

            #### Register van de verwerker

            - Locaties van subverwerkers
              - toegevoegd: Hosting BV (hosting): US
              - toegevoegd: Hosting BV (hosting): buiten de EER

            #### Opdrachtgevers gewijzigd

            - Klant (`klant`)
              - Subverwerkers bij de categorieën van verwerkingen
                - toegevoegd: Hosting BV (hosting), bij Hosting

            """,
            summary);
    }

    private static ProcessingCategory Category() => new() { Name = "Hosting" };

    private static Register ProcessorRegister(ProcessingCategory category, Location? location = null) => new()
    {
        Info = new RegisterInfo { Language = RegisterLanguage.Dutch, Role = RegisterRole.Processor },
        ProcessorRecord = new ProcessorRecord
        {
            Clients = [new Client { Id = "klant", Contact = new ContactDetails { Name = "Klant" }, Processing = [category] }],
            SubProcessors = [new SubProcessor { Id = "hosting", Name = "Hosting BV", Service = "hosting", Location = location }],
        },
    };

    private static ListChange ActivityChange(ProcessingActivity before, ProcessingActivity after) =>
        Assert.Single(Assert.Single(RegisterDiff.Compare(Register(before), Register(after)).ChangedActivities).Lists);

    private static ProcessingActivity Activity() => new() { Id = "a", Name = "a name" };

    private static Register Register(params ProcessingActivity[] activities) => new()
    {
        Info = new RegisterInfo { Language = RegisterLanguage.Dutch },
        Controllers = [new Controller { Contact = new ContactDetails { Name = "Binatic" } }],
        Activities = [.. activities],
    };
}
