using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Export;

/// <summary>The Markdown and JSON exports of chain partners, further processing, archival retention, no transfers and
/// national identifiers.</summary>
public sealed class MunicipalExportTests
{
    private static readonly Register Municipal = RegisterLoader.LoadFile(Fixture.Path("municipal.yaml")).GetRegisterOrThrow();

    private static string Dutch => MarkdownExport.ToMarkdown(Municipal, new MarkdownExportOptions { Language = RegisterLanguage.Dutch });

    private static string English => MarkdownExport.ToMarkdown(Municipal, new MarkdownExportOptions { Language = RegisterLanguage.English });

    [Fact]
    public void An_activity_that_states_no_transfers_prints_none_in_both_languages()
    {
        Assert.Contains("### Doorgiften naar derde landen (art. 30 lid 1 onder e AVG)\n\nGeen.\n", Dutch, StringComparison.Ordinal);
        Assert.Contains("### Transfers to third countries (Art. 30(1)(e) GDPR)\n\nNone.\n", English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_permanent_rule_prints_its_selection_list_record_types_and_archive_transfer()
    {
        Assert.Contains(
            "- permanent te bewaren\n  - Geldt voor: alle categorieën van persoonsgegevens\n  - Soorten documenten: huwelijksakte\n"
            + "  - Selectielijst: Selectielijst gemeenten en intergemeentelijke organen 2020, categorie 1.1.3\n"
            + "  - Over te brengen naar een archiefbewaarplaats na 20 jaar\n",
            Dutch,
            StringComparison.Ordinal);
        Assert.Contains("- kept permanently\n", English, StringComparison.Ordinal);
        Assert.Contains("  - Transferred to an archive repository after 20 years\n", English, StringComparison.Ordinal);
    }

    [Fact]
    public void Further_processing_prints_its_purpose_assessment_law_and_consent()
    {
        Assert.Contains(
            "**Verdere verwerking (art. 6 lid 4 AVG):**\n\n- Statistiek over de burgerlijke stand.\n  - Verenigbaarheidstoets: Verenigbaarheidstoets VT-2024-07\n"
            + "  - Wettelijk voorschrift: Wet op het Centraal bureau voor de statistiek, art. 33\n  - Berust op toestemming van de betrokkene\n",
            Dutch,
            StringComparison.Ordinal);
        Assert.Contains("**Further processing (Art. 6(4) GDPR):**", English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_national_identifier_is_marked_on_its_data_category_with_its_law()
    {
        Assert.Contains(
            "- Burgerservicenummer — **nationaal identificatienummer (art. 87 AVG): BSN** (wettelijk voorschrift: Wet algemene bepalingen burgerservicenummer, art. 10)\n",
            Dutch,
            StringComparison.Ordinal);
        Assert.Contains("— **national identification number (Art. 87 GDPR): BSN**", English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chain_partner_is_marked_and_its_covenant_printed_among_the_recipients()
    {
        Assert.Contains("- Zorg- en Veiligheidshuis — overheidsinstantie, ketenpartner\n", Dutch, StringComparison.Ordinal);
        Assert.Contains(
            "| Zorg- en Veiligheidshuis (chain partner) | public authority | Not stated in the register. | Covenant or privacy protocol: Convenant Zorg- en Veiligheidshuis 2024; reference: ZVH-2024-01; date: 1 March 2024 — Receives only: Naam en adres |",
            English,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_recipient_limited_to_some_data_categories_prints_them_by_name_in_both_languages()
    {
        Assert.Contains("date: 1 March 2024 — Receives only: Naam en adres |", English, StringComparison.Ordinal);
        Assert.Contains("datum: 1 maart 2024 — Ontvangt alleen: Naam en adres |", Dutch, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_export_holds_a_recipient_s_data_categories()
    {
        using var json = System.Text.Json.JsonDocument.Parse(JsonExport.ToJson(Municipal));

        var categories = json.RootElement.GetProperty("recipients")[0].GetProperty("dataCategories");
        Assert.Equal(["naw"], categories.EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void The_json_export_holds_every_new_field_and_loads_back_to_an_equal_register()
    {
        var json = JsonExport.ToJson(Municipal);

        foreach (var key in new[] { "chainPartner", "covenant", "furtherProcessing", "noTransfers", "permanent", "selectionList", "archiveTransferAfter", "recordTypes", "nationalIdentifier" })
        {
            Assert.Contains($"\"{key}\"", json, StringComparison.Ordinal);
        }

        Assert.Equal(Municipal, RegisterLoader.Parse(json, "export.json").GetRegisterOrThrow());
    }

    [Fact]
    public void The_json_export_validates_against_the_schema_for_an_independent_validator()
    {
        var errors = ExportedJson.IndependentErrors(JsonExport.ToJson(Municipal));

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
