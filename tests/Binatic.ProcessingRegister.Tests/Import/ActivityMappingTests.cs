using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Import;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;
using static Binatic.ProcessingRegister.Tests.Import.Sheets;

namespace Binatic.ProcessingRegister.Tests.Import;

/// <summary>How the cells of a row become one activity, and what is reported where a cell has no place in the format.</summary>
public sealed class ActivityMappingTests
{
    private static SpreadsheetImportResult IcoWith(string header, string cell) => Ico(ControllerLine, [.. IcoHeader, header], [.. IcoRow, cell]);

    private static SpreadsheetImportResult IcoReplacing(string value, string by) => Ico(ControllerLine, IcoHeader, [.. IcoRow.Select(cell => cell == value ? by : cell)]);

    [Fact]
    public void A_legal_basis_written_as_art_6_lid_1_sub_e_AVG_is_imported_as_public_task()
    {
        var result = IcoReplacing("Article 6(1)(b)", "art. 6 lid 1 sub e AVG");

        var basis = Assert.Single(Assert.Single(Register(result).Activities).LegalBases);
        Assert.Equal(LegalBasis.PublicTask, basis.Basis);
        Assert.Equal("art. 6 lid 1 sub e AVG", basis.Description);
    }

    [Fact]
    public void An_unrecognised_legal_basis_is_reported_at_its_cell_and_kept_in_the_description()
    {
        var result = IcoReplacing("Article 6(1)(b)", "Article 6(1)(b)\nBecause we always have");

        var finding = Assert.Single(result.Findings(DiagnosticIds.ImportLegalBasisNotRecognised));
        Assert.Equal(("register.xlsx!Register!H3", DiagnosticSeverity.Warning), (finding.Location.ToString(), finding.Severity));
        Assert.StartsWith("'Because we always have' is not recognisable as a legal basis of Art. 6(1)", finding.Message, StringComparison.Ordinal);
        var activity = Assert.Single(Register(result).Activities);
        Assert.Equal("Article 6 lawful basis for processing personal data: Because we always have", activity.Description);
        Assert.Equal(LegalBasis.Contract, Assert.Single(activity.LegalBases).Basis);
    }

    [Fact]
    public void The_ICO_activity_is_named_after_its_first_purpose_and_the_YAML_says_so()
    {
        var result = IcoReplacing("Delivering the products ordered", "Delivering the products ordered\nInvoicing");

        var activity = Assert.Single(Register(result).Activities);
        Assert.Equal(("delivering-the-products-ordered", "Delivering the products ordered"), (activity.Id, activity.Name));
        Assert.Equal(["Delivering the products ordered", "Invoicing"], activity.Purposes);
        Assert.Contains("# name: the ICO template has no column for the activity's name; this is its first purpose.", result.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_cell_gives_one_item_per_line_each_distinct_name_once_in_its_catalogue()
    {
        var result = Ico(ControllerLine, IcoHeader, IcoRow, [.. IcoRow.Select(cell => cell == "Delivering the products ordered" ? "Newsletter" : cell == "Name\nContact details" ? "Name\nE-mail address" : cell)]);

        var register = Register(result);
        Assert.Equal(["Name", "Contact details", "E-mail address"], register.DataCategories.Select(category => category.Name));
        Assert.Equal(["name", "e-mail-address"], register.Activities[1].DataCategories);
        Assert.Single(register.DataSubjectCategories);
    }

    [Fact]
    public void A_recipient_whose_kind_is_recognised_gets_it()
    {
        var result = Ico(ControllerLine, IcoHeader, IcoRow);

        var recipient = Assert.Single(Register(result).Recipients);
        Assert.Equal(("belastingdienst", RecipientKind.PublicAuthority), (recipient.Id, recipient.Kind));
    }

    [Fact]
    public void A_recipient_whose_kind_is_not_recognised_is_written_without_kind_with_the_kinds_in_a_comment()
    {
        var result = IcoReplacing("Belastingdienst", "Example Partners");

        var finding = Assert.Single(result.Findings(DiagnosticIds.ImportRecipientKindNotRecognised));
        Assert.Equal("register.xlsx!Register!E3", finding.Location.ToString());
        Assert.Contains("# kind: groupCompany, publicAuthority, thirdParty or internationalOrganisation", result.Yaml, StringComparison.Ordinal);
        Assert.Null(Assert.Single(Register(result).Recipients).Kind);
    }

    [Fact]
    public void A_processor_gets_the_reference_of_its_contract_from_the_contract_column()
    {
        var result = Ico(
            ControllerLine,
            [.. IcoHeader, "Link to contract with processor"],
            [.. IcoRow.Select(cell => cell == "Belastingdienst" ? "Example Hosting (processor)" : cell), "DPA-2025-004"]);

        Assert.Empty(result.Findings(DiagnosticIds.ImportValueWithoutPlace));
        Assert.Contains("processingAgreement:\n      inPlace: true\n      reference: DPA-2025-004", result.Yaml, StringComparison.Ordinal);
        Assert.Contains("# service: what the processor does", result.Yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US")]
    [InlineData("Verenigde Staten")]
    [InlineData("United States")]
    public void A_third_country_with_its_safeguard_becomes_a_transfer(string country)
    {
        var result = Ico(
            ControllerLine,
            [.. IcoHeader, "Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)"],
            [.. IcoRow.Select(cell => cell == "None" ? country : cell), "Standard contractual clauses"]);

        var transfer = Assert.Single(Assert.Single(Register(result).Activities).Transfers);
        Assert.Equal("US", transfer.Country);
        Assert.Equal(SafeguardType.StandardContractualClauses, Assert.Single(transfer.Safeguards).Type);
    }

    [Fact]
    public void A_country_written_with_its_safeguard_in_parentheses_becomes_a_transfer_with_that_safeguard()
    {
        var result = IcoReplacing("None", "India (SCCs)");

        var transfer = Assert.Single(Assert.Single(Register(result).Activities).Transfers);
        Assert.Equal("IN", transfer.Country);
        Assert.Equal(SafeguardType.StandardContractualClauses, Assert.Single(transfer.Safeguards).Type);
        Assert.Empty(result.Findings(DiagnosticIds.ImportTransferNotRecognised));
    }

    [Fact]
    public void The_same_safeguard_written_beside_the_country_and_in_the_safeguards_column_is_one_safeguard_with_both_descriptions()
    {
        var result = Ico(
            ControllerLine,
            [.. IcoHeader, "Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)"],
            [.. IcoRow.Select(cell => cell == "None" ? "USA (SCCs)" : cell), "Standard contractual clauses"]);

        var safeguard = Assert.Single(Assert.Single(Assert.Single(Register(result).Activities).Transfers).Safeguards);
        Assert.Equal("SCCs; Standard contractual clauses", safeguard.Description);
    }

    [Fact]
    public void A_country_cell_saying_none_gives_no_transfers()
    {
        var activity = Assert.Single(Register(Ico(ControllerLine, IcoHeader, IcoRow)).Activities);

        Assert.True(activity.HasNoTransfers);
        Assert.Empty(activity.Transfers);
    }

    [Fact]
    public void An_unrecognised_country_is_reported_at_its_cell_and_kept_in_the_description()
    {
        var result = IcoReplacing("None", "Atlantis");

        var finding = Assert.Single(result.Findings(DiagnosticIds.ImportTransferNotRecognised));
        Assert.Equal("register.xlsx!Register!F3", finding.Location.ToString());
        Assert.Contains("Atlantis", Assert.Single(Register(result).Activities).Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7 jaar", "P7Y", null)]
    [InlineData("10 jaar na beëindiging", "P10Y", "beëindiging")]
    public void A_retention_period_written_in_words_becomes_a_period(string cell, string period, string? from)
    {
        var rule = Assert.Single(Assert.Single(Register(IcoReplacing("7 years", cell)).Activities).Retention);

        Assert.Equal((period, cell), (rule.Period?.ToString(), rule.Description));
        if (from is not null)
        {
            Assert.Contains(from, rule.From, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unrecognised_retention_period_is_kept_as_the_rules_description_and_reported()
    {
        var result = IcoReplacing("7 years", "As long as needed");

        var finding = Assert.Single(result.Findings(DiagnosticIds.ImportRetentionNotRecognised));
        Assert.Equal("register.xlsx!Register!G3", finding.Location.ToString());
        var rule = Assert.Single(Assert.Single(Register(result).Activities).Retention);
        Assert.Equal(("As long as needed", null), (rule.Description, rule.Period));
    }

    [Fact]
    public void A_column_the_format_has_no_field_for_is_kept_as_comments_and_reported_once()
    {
        var header = "Has a personal data breach occurred?";
        var result = Ico(ControllerLine, [.. IcoHeader, header], [.. IcoRow, "No"], [.. IcoRow.Select(cell => cell == "Delivering the products ordered" ? "Newsletter" : cell), "Yes"]);

        var finding = Assert.Single(result.Findings(DiagnosticIds.ImportColumnKeptAsComments));
        Assert.Equal(("register.xlsx!Register!I2", DiagnosticSeverity.Info), (finding.Location.ToString(), finding.Severity));
        Assert.Contains("# ICO 'Has a personal data breach occurred?': No", result.Yaml, StringComparison.Ordinal);
        Assert.Contains("# ICO 'Has a personal data breach occurred?': Yes", result.Yaml, StringComparison.Ordinal);
        Assert.Equal(2, Register(result).Activities.Count);
    }

    [Fact]
    public void Security_measures_are_a_catalogue_written_without_a_kind_the_sheet_does_not_say()
    {
        var result = IcoWith("General description of technical and organisational security measures (if possible)", "Encryption at rest\nAccess control");

        Assert.Contains("# kind: technical or organisational; the spreadsheet does not say which.", result.Yaml, StringComparison.Ordinal);
        Assert.All(Register(result).Security!.Measures, measure => Assert.Null(measure.Kind));
    }

    [Fact]
    public void A_DPIA_required_column_saying_no_gives_the_status_not_required()
    {
        var result = IcoWith("Data Protection Impact Assessment required?", "No");

        Assert.Equal(DpiaStatus.NotRequired, Assert.Single(Register(result).Activities).Dpia?.Status);
    }

    [Fact]
    public void A_dpia_in_progress_gives_the_status_in_progress()
    {
        var result = IcoWith("Data Protection Impact Assessment progress", "In progress");

        Assert.Equal(DpiaStatus.InProgress, Assert.Single(Register(result).Activities).Dpia?.Status);
        Assert.Empty(result.Findings(DiagnosticIds.ImportValueWithoutPlace));
    }

    [Fact]
    public void A_date_as_the_dpia_s_progress_gives_the_status_completed_and_keeps_the_date_as_an_iso_date()
    {
        var result = IcoWith("Data Protection Impact Assessment progress", "02/05/2024");

        Assert.Equal(DpiaStatus.Completed, Assert.Single(Register(result).Activities).Dpia?.Status);
        Assert.Contains("'Data Protection Impact Assessment progress': 2024-05-02", result.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dpia_progress_that_is_no_stage_is_reported_and_kept_as_a_comment()
    {
        var result = IcoWith("Data Protection Impact Assessment progress", "Waiting for the supplier");

        Assert.Single(result.Findings(DiagnosticIds.ImportValueWithoutPlace));
        Assert.Null(Assert.Single(Register(result).Activities).Dpia);
    }

    [Fact]
    public void An_unrecognised_yes_or_no_is_reported_and_kept_in_the_description()
    {
        var result = IcoWith("Data Protection Impact Assessment required?", "Perhaps");

        var finding = Assert.Single(result.Findings(DiagnosticIds.ImportValueNotRecognised));
        Assert.Contains("(yes or no)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Perhaps", Assert.Single(Register(result).Activities).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Legitimate_interests_are_put_on_the_legitimate_interests_basis()
    {
        var result = Ico(
            ControllerLine,
            [.. IcoHeader, "Legitimate interests for the processing (if applicable)"],
            [.. IcoRow.Select(cell => cell == "Article 6(1)(b)" ? "Article 6(1)(f)" : cell), "Preventing fraud"]);

        Assert.Contains("interests:\n          - Preventing fraud", result.Yaml, StringComparison.Ordinal);
        Assert.Empty(result.Findings(DiagnosticIds.ImportValueWithoutPlace));
    }

    [Fact]
    public void Legitimate_interests_without_that_basis_are_reported_and_kept_in_the_description()
    {
        var result = IcoWith("Legitimate interests for the processing (if applicable)", "Preventing fraud");

        var finding = Assert.Single(result.Findings(DiagnosticIds.ImportValueWithoutPlace));
        Assert.Equal("register.xlsx!Register!I3", finding.Location.ToString());
        Assert.Contains("Preventing fraud", Assert.Single(Register(result).Activities).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_cell_is_read_from_its_serial_number()
    {
        var workbook = Of(ControllerLine, [.. Sheets.CnilHeader, "Date de création / dernière mise à jour"], [.. Sheets.CnilRow, "45667"])
            .WithCell(3, Sheets.CnilHeader.Length + 1, cell => cell with { Kind = CellKind.Number, Number = 45667, IsDate = true });

        var result = ImportOf(workbook, SpreadsheetLayout.Cnil);

        Assert.Contains("# CNIL 'Date de création / dernière mise à jour': 2025-01-10", result.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_under_a_department_merged_down_the_sheet_each_get_it_and_a_row_with_only_merged_values_is_skipped()
    {
        var workbook = Of(ControllerLine, IcoHeader, IcoRow, [.. IcoRow.Select(cell => cell == "Delivering the products ordered" ? "Newsletter" : cell)], ["Sales"])
            .WithCell(4, 1, cell => cell with { MergedFrom = (3, 1) })
            .WithCell(5, 1, cell => cell with { MergedFrom = (3, 1) });

        var register = Register(ImportOf(workbook));

        Assert.Equal(2, register.Activities.Count);
        Assert.All(register.Activities, activity => Assert.Equal("sales", activity.Department));
        Assert.Single(register.Departments);
    }

    [Fact]
    public void The_apostrophe_an_export_puts_before_a_formula_character_is_removed()
    {
        var result = IcoReplacing("Delivering the products ordered", "'=Delivering the products ordered");

        Assert.Equal(["=Delivering the products ordered"], Assert.Single(Register(result).Activities).Purposes);
    }

    [Fact]
    public void The_preamble_gives_the_title_and_the_controllers_details()
    {
        var result = Ico(
            ["Title", "Record of processing activities of Example Webshop BV"],
            ControllerLine,
            ["Email of the controller", "privacy@example-webshop.nl"],
            ["Name of the Data Protection Officer", "J. de Vries"],
            IcoHeader,
            IcoRow);

        var register = Register(result);
        Assert.Equal("Record of processing activities of Example Webshop BV", register.Info.Title);
        var controller = Assert.Single(register.Controllers);
        Assert.Equal(("Example Webshop BV", "privacy@example-webshop.nl"), (controller.Contact.Name, controller.Contact.Email));
    }

    [Fact]
    public void A_sheet_that_does_not_name_the_controller_is_reported_and_validate_then_reports_the_missing_name()
    {
        var result = Ico(IcoHeader, IcoRow);

        var finding = Assert.Single(result.Findings(DiagnosticIds.ImportControllerNotNamed));
        Assert.Equal("the spreadsheet does not name the controller (Art. 30(1)(a)); add a row 'Name of the controller' above the table, or fill in controller.name.", finding.Message, StringComparer.OrdinalIgnoreCase);
        Assert.Contains(Load(result).Diagnostics, loading => loading.RuleId == DiagnosticIds.MissingProperty && loading.JsonPointer == "/controller");
    }

    [Fact]
    public void VNG_controllers_become_listed_controllers_and_public_private_their_public_authority()
    {
        var result = ImportOf(
            Of(
                ["Naam afdeling", "Taak afdeling", "Verwerking", "Verwerkingsverantwoordelijke(n)", "Publiek/privaat", "Verwerkingsdoeleinden", "Rechtmatige grondslag", "Categorieën persoonsgegevens"],
                ["Publiekszaken", "Burgerzaken", "Bijhouden van de BRP", "College van B&W", "Publiek", "Een juiste BRP", "art. 6 lid 1 sub c AVG", "NAW"]),
            SpreadsheetLayout.Vng);

        var yaml = result.Yaml!;
        Assert.Contains("controllers:\n  - id: college-van-b-w\n    name: \"College van B&W\"\n    publicAuthority: true", yaml, StringComparison.Ordinal);
        Assert.Contains("tasks:\n  - id: burgerzaken\n    name: Burgerzaken\n    department: publiekszaken", yaml, StringComparison.Ordinal);
        Assert.Empty(result.Findings(DiagnosticIds.ImportControllerNotNamed));
        Assert.Equal(RegisterLanguage.Dutch, Load(result).DeclaredLanguage);
    }

    [Fact]
    public void A_table_without_rows_is_reported_and_written_without_activities()
    {
        var result = Ico(ControllerLine, IcoHeader);

        Assert.Single(result.Findings(DiagnosticIds.ImportNoActivities));
        Assert.Contains("activities: []", result.Yaml, StringComparison.Ordinal);
    }
}
