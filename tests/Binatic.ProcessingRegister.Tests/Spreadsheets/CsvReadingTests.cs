using System.Collections.Immutable;
using System.Text;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Tests.Spreadsheets;

public sealed class CsvReadingTests
{
    private static readonly SpreadsheetLimits Limits = new();

    [Fact]
    public void A_comma_separated_file_is_read_as_text_cells_by_row_and_column()
    {
        var sheet = Sheet("Verwerking,Doel\r\nSalaris,Betalen\r\n");

        Assert.Null(sheet.Name);
        Assert.Equal([1, 2], sheet.Rows.Select(row => row.Number));
        Assert.Equal(("Betalen", CellKind.Text), (sheet.Rows[1][2]!.Text, sheet.Rows[1][2]!.Kind));
    }

    [Fact]
    public void Every_field_is_text_even_when_it_looks_like_a_number_or_a_date()
    {
        var sheet = Sheet("7,TRUE,01-01-2025\r\n");

        Assert.All(sheet.Rows[0].Cells, cell => Assert.Equal(CellKind.Text, cell.Kind));
        Assert.Equal("01-01-2025", sheet.Rows[0][3]!.Text);
    }

    [Fact]
    public void A_semicolon_separated_file_as_dutch_excel_saves_it_is_read_by_its_separator()
    {
        var sheet = Sheet("Verwerking;Doel;Bewaartermijn\r\nSalaris;Betalen, afdragen;7 jaar\r\nNieuwsbrief;Mailen;tot afmelding\r\n");

        Assert.Equal("Betalen, afdragen", sheet.Rows[1][2]!.Text);
        Assert.Equal("7 jaar", sheet.Rows[1][3]!.Text);
    }

    [Fact]
    public void An_excel_separator_line_sets_the_separator()
    {
        var sheet = Sheet("sep=;\r\na,b;c\r\n");

        Assert.Equal("a,b", sheet.Rows[0][1]!.Text);
        Assert.Equal("c", sheet.Rows[0][2]!.Text);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_cell()
    {
        var sheet = Sheet([0xEF, 0xBB, 0xBF, .. "Verwerking,Doel\r\n"u8]);

        Assert.Equal("Verwerking", sheet.Rows[0][1]!.Text);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_read_as_windows_1252_with_a_remark()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("Verwerking;Toelichting\r\nCafé;Zoë’s €-regeling\r\n");

        var (read, diagnostics) = Read(bytes);

        Assert.Equal("Zoë’s €-regeling", read!.Sheets[0].Rows[1][2]!.Text);
        var remark = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticIds.CsvNotUtf8, DiagnosticSeverity.Info), (remark.RuleId, remark.Severity));
    }

    [Fact]
    public void Valid_utf8_without_a_byte_order_mark_is_read_as_utf8_without_a_remark()
    {
        var (read, diagnostics) = Read(Encoding.UTF8.GetBytes("Café;Zoë\r\n"));

        Assert.Equal("Zoë", read!.Sheets[0].Rows[0][2]!.Text);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_quoted_field_with_a_line_break_is_one_cell_and_the_record_one_row()
    {
        var sheet = Sheet("Verwerking,Doelen\r\nSalaris,\"Betalen\r\nAfdragen\"\r\nNieuwsbrief,Mailen\r\n");

        Assert.Equal("Betalen\r\nAfdragen", sheet.Rows[1][2]!.Text);
        Assert.Equal([1, 2, 3], sheet.Rows.Select(row => row.Number));
        Assert.Equal("Nieuwsbrief", sheet.Rows[2][1]!.Text);
    }

    [Fact]
    public void An_empty_line_is_an_empty_row_so_row_numbers_match_a_spreadsheet_program()
    {
        var sheet = Sheet("Titel,x\r\n\r\nVerwerking,Doel\r\n");

        Assert.Equal([1, 3], sheet.Rows.Select(row => row.Number));
    }

    [Fact]
    public void A_stray_quote_inside_a_field_is_kept_as_text()
    {
        var sheet = Sheet("Scherm van 24\" breed,b\r\n");

        Assert.Equal("Scherm van 24\" breed", sheet.Rows[0][1]!.Text);
    }

    [Fact]
    public void A_quote_that_is_never_closed_is_an_error_at_its_row()
    {
        var finding = Failure("Verwerking,Doel\r\nSalaris,Betalen\r\nNieuwsbrief,\"Mailen\r\nCamera,Beveiliging\r\n");

        Assert.Equal((DiagnosticIds.CsvQuoting, "file.csv!A3"), (finding.RuleId, finding.Location.ToString()));
        Assert.Contains("Row 3", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_an_error_at_its_row()
    {
        var finding = Failure("a,b\r\n\"Salaris\" extra,b\r\n");

        Assert.Equal((DiagnosticIds.CsvQuoting, "file.csv!A2"), (finding.RuleId, finding.Location.ToString()));
    }

    [Fact]
    public void A_huge_line_is_an_error_at_its_cell_not_a_crash()
    {
        var finding = Failure("a,b\r\nc," + new string('x', 5_000_000) + "\r\n");

        Assert.Equal((DiagnosticIds.CellTooLong, "file.csv!B2"), (finding.RuleId, finding.Location.ToString()));
    }

    [Fact]
    public void A_file_over_the_row_limit_stops_with_an_error_at_the_row()
    {
        var text = string.Concat(Enumerable.Range(1, 10).Select(row => $"rij {row}\r\n"));

        var finding = Failure(Encoding.UTF8.GetBytes(text), Limits with { MaxRows = 5 });

        Assert.Equal((DiagnosticIds.SheetTooLarge, "file.csv!A6"), (finding.RuleId, finding.Location.ToString()));
        Assert.Contains("row 6", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_cell_limit_stops_with_an_error()
    {
        var finding = Failure(Encoding.UTF8.GetBytes("a,b,c\r\nd,e,f\r\n"), Limits with { MaxCells = 4 });

        Assert.Equal((DiagnosticIds.SheetTooLarge, "file.csv!B2"), (finding.RuleId, finding.Location.ToString()));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused()
    {
        var finding = Failure(new byte[4096], Limits with { MaxFileBytes = 100 });

        Assert.Equal((DiagnosticIds.SpreadsheetTooLarge, "file.csv(1,1)"), (finding.RuleId, finding.Location.ToString()));
    }

    [Fact]
    public void A_workbook_named_csv_is_an_error_that_says_to_import_it_as_xlsx()
    {
        var finding = Failure(new TestWorkbook().Text("A1", "x").ToBytes());

        Assert.Equal(DiagnosticIds.SpreadsheetUnreadable, finding.RuleId);
        Assert.Contains(".xlsx", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_an_error_not_text()
    {
        var finding = Failure(new byte[] { 1, 2, 0, 4, 5 });

        Assert.Equal(DiagnosticIds.SpreadsheetUnreadable, finding.RuleId);
    }

    [Fact]
    public void An_empty_file_is_one_sheet_without_rows()
    {
        Assert.Empty(Sheet(string.Empty).Rows);
    }

    [Fact]
    public void What_the_writer_writes_the_reader_reads_back()
    {
        var content = new SheetContent("Verwerkingen", [["Naam", "Binatic B.V."]], ["Verwerking", "Doeleinden"], [["Salaris", "Betalen\nAfdragen, \"netjes\""], ["Nieuwsbrief", "=1+1"]], [20, 30]);
        using var stream = new MemoryStream();
        SpreadsheetWriter.WriteCsv(stream, content);

        var sheet = Sheet(stream.ToArray());

        Assert.Equal([1, 3, 4, 5], sheet.Rows.Select(row => row.Number));
        Assert.Equal("Betalen\nAfdragen, \"netjes\"", sheet.Rows[2][2]!.Text);
        Assert.Equal("=1+1", FormulaEscaping.Unescape(sheet.Rows[3][2]!.Text));
    }

    private static SheetTable Sheet(string text) => Sheet(Encoding.UTF8.GetBytes(text));

    private static SheetTable Sheet(byte[] bytes)
    {
        var (read, diagnostics) = Read(bytes);
        Assert.Empty(diagnostics);
        return Assert.Single(read!.Sheets);
    }

    private static (Workbook? Workbook, ImmutableArray<Diagnostic> Diagnostics) Read(byte[] bytes, SpreadsheetLimits? limits = null)
    {
        using var stream = new MemoryStream(bytes);
        return SpreadsheetReader.Read(stream, "file.csv", SpreadsheetFormat.Csv, limits ?? Limits);
    }

    private static Diagnostic Failure(string text) => Failure(Encoding.UTF8.GetBytes(text));

    private static Diagnostic Failure(byte[] bytes, SpreadsheetLimits? limits = null)
    {
        var (read, diagnostics) = Read(bytes, limits);
        Assert.Null(read);
        var finding = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        return finding;
    }
}
