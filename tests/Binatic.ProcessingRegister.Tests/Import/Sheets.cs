using System.Collections.Immutable;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Import;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Tests.Import;

/// <summary>
/// Builds small workbooks in the tests, row by row as a spreadsheet program shows them, and imports them, so that each
/// test states the cells it is about.
/// </summary>
internal static class Sheets
{
    public const string File = "register.xlsx";

    public const string SheetName = "Register";

    /// <summary>The controller's line above an ICO table.</summary>
    public static readonly string?[] ControllerLine = ["Name of the controller", "Example Webshop BV"];

    /// <summary>A small ICO header: the columns of Art. 30(1) but the security measures, whose kind a sheet never says, and the legal basis.</summary>
    public static readonly string?[] IcoHeader =
    [
        "Business function", "Purpose of processing", "Categories of individuals", "Categories of personal data",
        "Categories of recipients", "Names of third countries or international organisations that personal data are transferred to (if applicable)",
        "Retention schedule (if possible)", "Article 6 lawful basis for processing personal data",
    ];

    /// <summary>A complete ICO row under <see cref="IcoHeader"/>.</summary>
    public static readonly string?[] IcoRow =
    [
        "Sales", "Delivering the products ordered", "Customers", "Name\nContact details", "Belastingdienst", "None", "7 years",
        "Article 6(1)(b)",
    ];

    /// <summary>A small CNIL header, in the CNIL's own words.</summary>
    public static readonly string?[] CnilHeader =
        ["Nom de l'activité de traitement", "Objectifs poursuivis", "Catégories de personnes concernées", "Catégories de données collectées", "Base juridique"];

    /// <summary>A CNIL row under <see cref="CnilHeader"/>.</summary>
    public static readonly string?[] CnilRow = ["Gestion des clients", "Livrer les commandes", "Clients", "Nom", "Article 6(1)(b)"];

    /// <summary>Gets a workbook of one sheet whose rows, from row 1, hold these cells; a null or empty cell is left out.</summary>
    public static Workbook Of(params string?[][] rows) => Workbook(Table(SheetName, rows));

    /// <summary>Gets a workbook of these sheets.</summary>
    public static Workbook Workbook(params SheetTable[] sheets) => new(File, SpreadsheetFormat.Xlsx, [.. sheets]);

    /// <summary>Gets a sheet whose rows, from row 1, hold these cells.</summary>
    public static SheetTable Table(string name, params string?[][] rows) =>
        new(name, [.. rows.Select((cells, index) => Row(index + 1, cells)).Where(row => !row.Cells.IsEmpty)]);

    /// <summary>Gets row <paramref name="number"/> with these cells from column A.</summary>
    public static SheetRow Row(int number, params string?[] cells) =>
        new(number, [.. cells.Select((text, index) => new SheetCell(number, index + 1, text ?? string.Empty)).Where(cell => cell.Text.Length > 0)]);

    /// <summary>Gets <paramref name="workbook"/> with <paramref name="change"/> made to the cell at <paramref name="row"/> and <paramref name="column"/>.</summary>
    public static Workbook WithCell(this Workbook workbook, int row, int column, Func<SheetCell, SheetCell> change) =>
        workbook with
        {
            Sheets = [.. workbook.Sheets.Select(sheet => sheet with
            {
                Rows = [.. sheet.Rows.Select(r => r.Number != row ? r : r with
                {
                    Cells = [.. r.Cells.Select(cell => cell.Column == column ? change(cell) : cell)],
                })],
            })],
        };

    /// <summary>Imports <paramref name="workbook"/> in <paramref name="layout"/>.</summary>
    public static SpreadsheetImportResult ImportOf(Workbook workbook, SpreadsheetLayout layout = SpreadsheetLayout.Ico, RegisterLanguage? language = null, string? sheet = null) =>
        SpreadsheetImport.Import(workbook, new SpreadsheetImportOptions { Layout = layout, Language = language, Sheet = sheet });

    /// <summary>Imports a one-sheet ICO workbook of these rows.</summary>
    public static SpreadsheetImportResult Ico(params string?[][] rows) => ImportOf(Of(rows));

    /// <summary>Loads the YAML an import wrote, failing the test when it is not well-formed YAML of one document.</summary>
    public static LoadResult Load(SpreadsheetImportResult result)
    {
        Assert.NotNull(result.Yaml);
        var loaded = RegisterLoader.Parse(result.Yaml, "imported.yaml");
        var unreadable = loaded.Diagnostics.Where(finding => string.CompareOrdinal(finding.RuleId, DiagnosticIds.UnknownProperty) < 0 && finding.RuleId.StartsWith("RPR1", StringComparison.Ordinal));
        Assert.True(!unreadable.Any(), string.Join(Environment.NewLine, unreadable) + Environment.NewLine + result.Yaml);
        return loaded;
    }

    /// <summary>Loads the YAML an import wrote and gets the register, failing the test when it does not load.</summary>
    public static Register Register(SpreadsheetImportResult result)
    {
        var loaded = Load(result);
        Assert.True(loaded.Success, string.Join(Environment.NewLine, loaded.Diagnostics) + Environment.NewLine + result.Yaml);
        return loaded.Register!;
    }

    /// <summary>Gets the findings of <paramref name="id"/>.</summary>
    public static ImmutableArray<Diagnostic> Findings(this SpreadsheetImportResult result, string id) => [.. result.Diagnostics.Where(finding => finding.RuleId == id)];

    /// <summary>Gets the cell a finding is at, as spreadsheet programs name it.</summary>
    public static string Cell(this Diagnostic finding) => finding.Location.ToString()[(File.Length + 1)..];
}
