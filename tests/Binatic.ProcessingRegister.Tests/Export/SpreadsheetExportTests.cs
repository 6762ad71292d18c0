using System.Globalization;
using System.Text;
using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;
using Binatic.ProcessingRegister.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Binatic.ProcessingRegister.Tests.Export;

public sealed class SpreadsheetExportTests
{
    private static readonly Register Binatic = Fixture.BinaticRegister;
    private static readonly Register Municipality = Load("gemeente-voorbeeld.yaml");

    public static TheoryData<string, SpreadsheetLayout> RegistersAndLayouts { get; } = new()
    {
        { "binatic.yaml", SpreadsheetLayout.Ico },
        { "binatic.yaml", SpreadsheetLayout.Cnil },
        { "binatic.yaml", SpreadsheetLayout.Vng },
        { "gemeente-voorbeeld.yaml", SpreadsheetLayout.Ico },
        { "gemeente-voorbeeld.yaml", SpreadsheetLayout.Cnil },
        { "gemeente-voorbeeld.yaml", SpreadsheetLayout.Vng },
    };

    public static TheoryData<string> HostileTexts { get; } = ["=cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)"];

    [Fact]
    public void The_Binatic_register_in_Dutch_as_the_ICO_CSV() => Approvals.Verify(CsvText(Binatic, SpreadsheetLayout.Ico, RegisterLanguage.Dutch), "csv");

    [Fact]
    public void The_Binatic_register_in_English_as_the_ICO_CSV() => Approvals.Verify(CsvText(Binatic, SpreadsheetLayout.Ico, RegisterLanguage.English), "csv");

    [Fact]
    public void The_Binatic_register_in_Dutch_as_the_CNIL_CSV() => Approvals.Verify(CsvText(Binatic, SpreadsheetLayout.Cnil, RegisterLanguage.Dutch), "csv");

    [Fact]
    public void The_Binatic_register_in_English_as_the_CNIL_CSV() => Approvals.Verify(CsvText(Binatic, SpreadsheetLayout.Cnil, RegisterLanguage.English), "csv");

    [Fact]
    public void The_Binatic_register_in_Dutch_as_the_VNG_CSV() => Approvals.Verify(CsvText(Binatic, SpreadsheetLayout.Vng, RegisterLanguage.Dutch), "csv");

    [Fact]
    public void The_Binatic_register_in_English_as_the_VNG_CSV() => Approvals.Verify(CsvText(Binatic, SpreadsheetLayout.Vng, RegisterLanguage.English), "csv");

    [Fact]
    public void The_municipal_register_in_Dutch_as_the_ICO_CSV() => Approvals.Verify(CsvText(Municipality, SpreadsheetLayout.Ico, RegisterLanguage.Dutch), "csv");

    [Fact]
    public void The_municipal_register_in_English_as_the_ICO_CSV() => Approvals.Verify(CsvText(Municipality, SpreadsheetLayout.Ico, RegisterLanguage.English), "csv");

    [Fact]
    public void The_municipal_register_in_Dutch_as_the_CNIL_CSV() => Approvals.Verify(CsvText(Municipality, SpreadsheetLayout.Cnil, RegisterLanguage.Dutch), "csv");

    [Fact]
    public void The_municipal_register_in_English_as_the_CNIL_CSV() => Approvals.Verify(CsvText(Municipality, SpreadsheetLayout.Cnil, RegisterLanguage.English), "csv");

    [Fact]
    public void The_municipal_register_in_Dutch_as_the_VNG_CSV() => Approvals.Verify(CsvText(Municipality, SpreadsheetLayout.Vng, RegisterLanguage.Dutch), "csv");

    [Fact]
    public void The_municipal_register_in_English_as_the_VNG_CSV() => Approvals.Verify(CsvText(Municipality, SpreadsheetLayout.Vng, RegisterLanguage.English), "csv");

    [Fact]
    public void Without_a_language_the_headers_are_in_the_register_s_own_language()
    {
        var english = Binatic with { Info = Binatic.Info with { Language = RegisterLanguage.English } };

        Assert.Equal(CsvText(english, SpreadsheetLayout.Vng, RegisterLanguage.English), Text(Export(english, SpreadsheetFormat.Csv, SpreadsheetLayout.Vng, language: null)));
        Assert.Equal(CsvText(Binatic, SpreadsheetLayout.Vng, RegisterLanguage.Dutch), Text(Export(Binatic, SpreadsheetFormat.Csv, SpreadsheetLayout.Vng, language: null)));
    }

    [Theory]
    [MemberData(nameof(RegistersAndLayouts))]
    public void The_xlsx_has_the_header_row_in_view_below_the_preamble(string name, SpreadsheetLayout layout)
    {
        var register = Load(name);
        using var document = OpenXlsx(register, layout);
        var headerRow = PreambleOf(register, layout).Length + 2;

        var pane = Worksheet(document).Descendants<Pane>().Single();

        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(headerRow, pane.VerticalSplit!.Value);
        Assert.Equal(LayoutColumns.For(layout).Select(column => column.Dutch), RowTexts(document, headerRow));
    }

    [Theory]
    [MemberData(nameof(RegistersAndLayouts))]
    public void The_xlsx_has_a_row_per_activity_in_the_register_s_order(string name, SpreadsheetLayout layout)
    {
        var register = Load(name);
        using var document = OpenXlsx(register, layout);
        var headerRow = PreambleOf(register, layout).Length + 2;
        var rows = Worksheet(document).Descendants<Row>().Where(row => row.RowIndex!.Value > headerRow).ToList();

        Assert.Equal(register.Activities.Count, rows.Count);
        var sheet = SpreadsheetSheetBuilder.Build(register, layout, RegisterLanguage.Dutch);
        Assert.Equal(sheet.Rows.Select(row => row.Select(FormulaEscaping.Escape).Where(text => text.Length > 0)), rows.Select(row => row.Elements<Cell>().Select(cell => WrittenSpreadsheet.SharedText(document, cell))));
    }

    [Theory]
    [MemberData(nameof(RegistersAndLayouts))]
    public void The_xlsx_gives_each_column_its_width_from_its_longest_line(string name, SpreadsheetLayout layout)
    {
        var register = Load(name);
        using var document = OpenXlsx(register, layout);

        var widths = Worksheet(document).Descendants<Column>().Select(column => column.Width!.Value).ToList();

        Assert.Equal(SpreadsheetSheetBuilder.Build(register, layout, RegisterLanguage.Dutch).ColumnWidths, widths);
        Assert.Equal(LayoutColumns.For(layout).Length, widths.Count);
        Assert.All(widths, width => Assert.InRange(width, 12, 60));
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_escaped_in_every_csv_cell(string hostile)
    {
        var register = HostileRegister.With(hostile);
        foreach (var layout in Enum.GetValues<SpreadsheetLayout>())
        {
            var fields = WrittenSpreadsheet.ReadCsv(Text(Export(register, SpreadsheetFormat.Csv, layout, RegisterLanguage.English))).SelectMany(record => record).ToList();

            Assert.Contains("'" + hostile, fields);
            Assert.DoesNotContain(fields, field => field.Length > 0 && field[0] is '=' or '+' or '-' or '@');
        }
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_escaped_in_every_xlsx_cell_and_none_is_a_formula(string hostile)
    {
        var register = HostileRegister.With(hostile);
        foreach (var layout in Enum.GetValues<SpreadsheetLayout>())
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(Export(register, SpreadsheetFormat.Xlsx, layout, RegisterLanguage.English)), isEditable: false);
            var cells = Worksheet(document).Descendants<Cell>().ToList();
            var texts = cells.Select(cell => WrittenSpreadsheet.SharedText(document, cell)).ToList();

            Assert.Empty(Worksheet(document).Descendants<CellFormula>());
            Assert.All(cells, cell => Assert.Equal(CellValues.SharedString, cell.DataType!.Value));
            Assert.Contains("'" + hostile, texts);
            Assert.DoesNotContain(texts, text => text[0] is '=' or '+' or '-' or '@');
        }
    }

    [Fact]
    public void A_processor_s_record_is_written_as_the_header_without_rows()
    {
        var records = WrittenSpreadsheet.ReadCsv(Text(Export(Load("verwerker-voorbeeld.yaml"), SpreadsheetFormat.Csv, SpreadsheetLayout.Ico, RegisterLanguage.English)));

        Assert.Equal(LayoutColumns.Ico.Select(column => column.English), records[^1]);
    }

    [Theory]
    [MemberData(nameof(RegistersAndLayouts))]
    public void LibreOffice_reads_the_same_cells_from_the_xlsx_as_the_csv_export_has(string name, SpreadsheetLayout layout)
    {
        LibreOffice.SkipUnlessInstalled();
        var register = Load(name);

        var converted = LibreOffice.ConvertToCsv(Export(register, SpreadsheetFormat.Xlsx, layout, RegisterLanguage.Dutch));

        Assert.Equal(WrittenSpreadsheet.ReadCsv(Text(Export(register, SpreadsheetFormat.Csv, layout, RegisterLanguage.Dutch))), WrittenSpreadsheet.ReadCsv(converted));
    }

    [Theory]
    [InlineData(SpreadsheetFormat.Xlsx, "register.xlsx")]
    [InlineData(SpreadsheetFormat.Csv, "register.csv")]
    public void The_reader_the_import_uses_gets_back_every_cell_the_export_wrote(SpreadsheetFormat format, string file)
    {
        var sheet = SpreadsheetSheetBuilder.Build(Municipality, SpreadsheetLayout.Vng, RegisterLanguage.Dutch);
        string[][] lines = [.. sheet.Preamble.Select(line => line.ToArray()), [], sheet.Header.ToArray(), .. sheet.Rows.Select(row => row.ToArray())];

        var (workbook, diagnostics) = SpreadsheetReader.Read(new MemoryStream(Export(Municipality, format, SpreadsheetLayout.Vng, RegisterLanguage.Dutch)), file, format, new SpreadsheetLimits());

        Assert.Empty(diagnostics);
        var expected = lines
            .Select((line, index) => line.Select((text, column) => (Row: index + 1, Column: column + 1, Text: FormulaEscaping.Escape(text))).Where(cell => cell.Text.Length > 0))
            .SelectMany(cells => cells);
        Assert.Equal(expected, workbook!.Sheets.Single().Rows.SelectMany(row => row.Cells).Select(cell => (cell.Row, cell.Column, cell.Text)));
    }

    private static string CsvText(Register register, SpreadsheetLayout layout, RegisterLanguage language) =>
        Text(Export(register, SpreadsheetFormat.Csv, layout, language));

    private static byte[] Export(Register register, SpreadsheetFormat format, SpreadsheetLayout layout, RegisterLanguage? language)
    {
        using var stream = new MemoryStream();
        SpreadsheetExport.Write(register, stream, new SpreadsheetExportOptions { Format = format, Layout = layout, Language = language });
        return stream.ToArray();
    }

    // The byte order mark is the writer's, and its own tests check it; an approved file reads better without it.
    private static string Text(byte[] csv) => new UTF8Encoding(false).GetString(csv).TrimStart('\uFEFF');

    private static SpreadsheetDocument OpenXlsx(Register register, SpreadsheetLayout layout) =>
        SpreadsheetDocument.Open(new MemoryStream(Export(register, SpreadsheetFormat.Xlsx, layout, RegisterLanguage.Dutch)), isEditable: false);

    private static System.Collections.Immutable.ImmutableArray<System.Collections.Immutable.ImmutableArray<string>> PreambleOf(Register register, SpreadsheetLayout layout) =>
        SpreadsheetSheetBuilder.Build(register, layout, RegisterLanguage.Dutch).Preamble;

    private static Worksheet Worksheet(SpreadsheetDocument document) => document.WorkbookPart!.WorksheetParts.Single().Worksheet;

    private static IEnumerable<string> RowTexts(SpreadsheetDocument document, int number) =>
        Worksheet(document).Descendants<Row>().Single(row => row.RowIndex!.Value == number).Elements<Cell>().Select(cell => WrittenSpreadsheet.SharedText(document, cell));

    private static Register Load(string name) => RegisterLoader.LoadFile(Fixture.Register(name)).GetRegisterOrThrow();
}
