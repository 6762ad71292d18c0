using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;
using static Binatic.ProcessingRegister.Tests.Import.Sheets;

namespace Binatic.ProcessingRegister.Tests.Import;

/// <summary>How an import finds the table's header row and tells which column holds what.</summary>
public sealed class HeaderRowTests
{
    [Fact]
    public void Headers_match_regardless_of_case_whitespace_and_order()
    {
        var result = Ico(
            ControllerLine,
            ["ARTICLE 6 LAWFUL BASIS  FOR PROCESSING PERSONAL DATA", "categories of individuals", "  Purpose\u00A0of processing ", "Categories of personal data"],
            ["Article 6(1)(b)", "Customers", "Delivering orders", "Name"]);

        var activity = Assert.Single(Register(result).Activities);
        Assert.Equal(["Delivering orders"], activity.Purposes);
        Assert.Equal(LegalBasis.Contract, Assert.Single(activity.LegalBases).Basis);
        Assert.Empty(result.Findings(DiagnosticIds.ImportUnknownColumn));
    }

    [Theory]
    [InlineData("Purpose of processing:")]
    [InlineData("Purpose of processing *")]
    [InlineData("Purpose of processing (if applicable)")]
    [InlineData("Purpose of processing (indien van toepassing):")]
    public void A_header_with_a_trailing_colon_asterisk_or_remark_in_brackets_matches_its_column(string header)
    {
        var result = Ico(ControllerLine, [header, "Categories of individuals"], ["Delivering orders", "Customers"]);

        Assert.Empty(result.Findings(DiagnosticIds.ImportUnknownColumn));
        Assert.Contains("- Delivering orders", result.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_row_is_found_below_lines_about_the_register()
    {
        var result = Ico(["Record of processing activities"], ControllerLine, [], IcoHeader, IcoRow);

        Assert.Equal("Delivering the products ordered", Assert.Single(Register(result).Activities).Name);
    }

    [Fact]
    public void A_sheet_without_the_layouts_headers_is_an_error_naming_the_sheet_and_expected_headers_and_nothing_is_written()
    {
        var result = Ico(["Naam", "Wat"], ["Klanten", "Leveren"]);

        Assert.Null(result.Yaml);
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticIds.ImportNoHeaderRow, DiagnosticSeverity.Error), (finding.RuleId, finding.Severity));
        Assert.Contains("'Register'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'Business function', 'Purpose of processing'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_column_is_reported_at_its_header_cell_and_its_cells_are_kept_as_comments()
    {
        var result = Ico(ControllerLine, [.. IcoHeader, "Owner"], [.. IcoRow, "J. de Vries"]);

        var finding = Assert.Single(result.Findings(DiagnosticIds.ImportUnknownColumn));
        Assert.Equal(("register.xlsx!Register!I2", DiagnosticSeverity.Warning), (finding.Location.ToString(), finding.Severity));
        Assert.Contains("Column 'Owner' is not a column of the ICO template; its cells are kept as comments", finding.Message, StringComparison.Ordinal);
        Assert.Contains("# 'Owner': J. de Vries", result.Yaml, StringComparison.Ordinal);
        Register(result);
    }

    [Fact]
    public void A_missing_column_that_holds_part_of_the_record_is_reported_at_the_header_row()
    {
        var result = Ico(ControllerLine, [.. IcoHeader.Where(header => header != "Retention schedule (if possible)")], [.. IcoRow.Where(cell => cell != "7 years")]);

        var finding = Assert.Single(result.Findings(DiagnosticIds.ImportMissingColumn), finding => finding.Message.Contains("'Retention schedule (if possible)'", StringComparison.Ordinal));
        Assert.Equal(("register.xlsx!Register!A2", DiagnosticSeverity.Warning), (finding.Location.ToString(), finding.Severity));
        Assert.Contains("Art. 30(1)(f)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_that_the_record_does_not_need_is_not_reported()
    {
        var result = Ico(ControllerLine, IcoHeader, IcoRow);

        Assert.DoesNotContain(result.Findings(DiagnosticIds.ImportMissingColumn), finding => finding.Message.Contains("Rights available", StringComparison.Ordinal));
        Assert.Single(result.Findings(DiagnosticIds.ImportMissingColumn)); // the security measures
    }

    [Fact]
    public void The_first_sheet_whose_headers_match_is_read()
    {
        var workbook = Workbook(Table("Instructions", ["How to fill in this template"]), Table("Template", ControllerLine, IcoHeader, IcoRow));

        var result = ImportOf(workbook);

        Assert.Contains("sheet 'Template'", result.Yaml, StringComparison.Ordinal);
        Assert.Single(Register(result).Activities);
    }

    [Fact]
    public void The_sheet_option_reads_the_sheet_it_names()
    {
        var workbook = Workbook(Table("2025", ControllerLine, IcoHeader, IcoRow), Table("2026", ControllerLine, IcoHeader, [.. IcoRow.Select(cell => cell == "Sales" ? "Marketing" : cell)]));

        var result = ImportOf(workbook, sheet: "2026");

        Assert.Equal("marketing", Assert.Single(Register(result).Activities).Department);
    }

    [Fact]
    public void A_sheet_option_naming_no_sheet_is_an_error_listing_the_sheets()
    {
        var result = ImportOf(Of(ControllerLine, IcoHeader, IcoRow), sheet: "Missing");

        Assert.Null(result.Yaml);
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.ImportSheetNotFound, finding.RuleId);
        Assert.Contains("'Register'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dutch_headers_give_a_Dutch_register_with_Dutch_findings()
    {
        var result = Ico(
            ["Naam van de verwerkingsverantwoordelijke", "Voorbeeld BV"],
            ["Doel van de verwerking", "Categorieën betrokkenen", "Categorieën persoonsgegevens", "Rechtsgrond voor de verwerking (artikel 6)", "Eigenaar"],
            ["Leveren van bestellingen", "Klanten", "Naam", "toestemming", "Jan"]);

        Assert.Equal(RegisterLanguage.Dutch, Load(result).DeclaredLanguage);
        Assert.StartsWith("Kolom 'Eigenaar' is geen kolom van het ICO-sjabloon", Assert.Single(result.Findings(DiagnosticIds.ImportUnknownColumn)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_language_option_chooses_the_registers_language_over_the_headers()
    {
        var result = ImportOf(Of(ControllerLine, IcoHeader, IcoRow), language: RegisterLanguage.Dutch);

        Assert.Equal(RegisterLanguage.Dutch, Register(result).Info.Language);
    }

    [Fact]
    public void French_headers_of_the_CNIL_layout_give_an_English_register()
    {
        var result = ImportOf(
            Of(ControllerLine, ["Nom de l'activité de traitement", "Finalité(s)", "Catégories de personnes concernées", "Catégories de données collectées", "Base juridique"], ["Gestion des clients", "Livrer les commandes", "Clients", "Nom", "Article 6(1)(b)"]),
            SpreadsheetLayout.Cnil);

        var register = Register(result);
        Assert.Equal(RegisterLanguage.English, register.Info.Language);
        Assert.Equal("Gestion des clients", Assert.Single(register.Activities).Name);
    }
}
