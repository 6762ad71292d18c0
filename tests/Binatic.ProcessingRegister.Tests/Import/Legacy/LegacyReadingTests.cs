using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Tests.Import.Legacy;

/// <summary>
/// The spreadsheet reader on the committed legacy registers, before any mapping: what a real officer's file gives it
/// (serial dates in built-in and custom formats, a formula, merged headings and departments, a semicolon CSV with a
/// byte order mark) comes out as the import needs it.
/// </summary>
public sealed class LegacyReadingTests
{
    [Theory]
    [MemberData(nameof(LegacySpreadsheetTests.FileNames), MemberType = typeof(LegacySpreadsheetTests))]
    public void Every_legacy_register_is_read_without_an_error(string fileName)
    {
        var (workbook, findings) = Read(fileName);

        Assert.NotNull(workbook);
        Assert.DoesNotContain(findings, finding => finding.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void The_ico_workbook_s_dpia_date_is_a_serial_date_and_the_other_dpia_date_is_text()
    {
        var sheet = Sheet("ico-controller.xlsx");

        Assert.Equal((true, (double?)44999), (Cell(sheet, 17, 22).IsDate, Cell(sheet, 17, 22).Number));
        Assert.Equal(("02/05/2024", CellKind.Text, false), (Cell(sheet, 33, 22).Text, Cell(sheet, 33, 22).Kind, Cell(sheet, 33, 22).IsDate));
    }

    [Fact]
    public void The_ico_workbook_s_formula_is_read_with_its_stored_value_and_reported_at_its_cell()
    {
        var (workbook, findings) = Read("ico-controller.xlsx");
        var cell = Cell(workbook!.Sheets[0], 15, 7);

        Assert.Equal(CellKind.Formula, cell.Kind);
        Assert.Equal("https://intranet.northwick.example/contracts/PAY-2023-014", cell.Text);
        Assert.StartsWith("CONCATENATE(", cell.Formula, StringComparison.Ordinal);
        Assert.Equal("ico-controller.xlsx!Template!G15", Assert.Single(findings, f => f.RuleId == DiagnosticIds.FormulaNotEvaluated).Location.ToString());
    }

    [Fact]
    public void The_ico_workbook_s_merged_section_heading_fills_every_column_it_spans()
    {
        var cell = Cell(Sheet("ico-controller.xlsx"), 12, 11);

        Assert.Equal(("Article 30 Record of Processing Activities", (12, 1)), (cell.Text, cell.MergedFrom!.Value));
    }

    [Fact]
    public void The_vng_workbook_s_department_fills_every_row_it_is_merged_over()
    {
        var cell = Cell(Sheet("vng-gemeente.xlsx"), 13, 1);

        Assert.Equal(("Burgerzaken", (10, 1)), (cell.Text, cell.MergedFrom!.Value));
    }

    [Fact]
    public void The_vng_workbook_s_adoption_dates_in_a_custom_format_are_serial_dates()
    {
        var sheet = Sheet("vng-gemeente.xlsx");

        Assert.True(Cell(sheet, 10, 18).IsDate);
        Assert.Equal(("12 maart 2024", false), (Cell(sheet, 13, 18).Text, Cell(sheet, 13, 18).IsDate));
    }

    [Fact]
    public void The_vng_csv_is_read_with_its_semicolons_its_line_breaks_in_cells_and_its_department_in_the_first_row_only()
    {
        var sheet = Sheet("vng-gemeente.csv");

        Assert.Equal("Inschrijving\nAdreswijziging\nVerstrekking aan derden", Cell(sheet, 10, 4).Text.ReplaceLineEndings("\n"));
        Assert.Equal("Burgerzaken", Cell(sheet, 10, 1).Text);
        Assert.Null(sheet.Rows.Single(row => row.Number == 11)[1]);
        Assert.Equal("Naam afdeling", Cell(sheet, 9, 1).Text);
    }

    [Fact]
    public void The_ico_csv_is_read_with_its_commas_and_its_dpia_date_as_text()
    {
        var sheet = Sheet("ico-controller.csv");

        Assert.Equal("Business function", Cell(sheet, 13, 1).Text);
        Assert.Equal(("14/03/2023", false), (Cell(sheet, 17, 22).Text, Cell(sheet, 17, 22).IsDate));
    }

    private static (Workbook? Workbook, IReadOnlyList<Diagnostic> Findings) Read(string fileName)
    {
        var spreadsheet = LegacySpreadsheets.Named(fileName);
        using var stream = File.OpenRead(spreadsheet.Path);
        var (workbook, findings) = SpreadsheetReader.Read(stream, fileName, spreadsheet.IsWorkbook ? SpreadsheetFormat.Xlsx : SpreadsheetFormat.Csv, new SpreadsheetLimits());
        return (workbook, findings);
    }

    private static SheetTable Sheet(string fileName) => Assert.Single(Read(fileName).Workbook!.Sheets);

    private static SheetCell Cell(SheetTable sheet, int row, int column) =>
        sheet.Rows.Single(r => r.Number == row)[column] ?? throw new InvalidOperationException($"Row {row}, column {column} is empty.");
}
