using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Tests.Import.Legacy;

/// <summary>
/// The legacy registers in <c>registers/spreadsheets/</c> are what this folder's generator makes of its rows, so that
/// they can be read, reviewed and changed as code. When one differs, the generator's file is written beside it as
/// <c>name.received.ext</c> (git-ignores it), as an approval test does: open it, and rename it over the committed file
/// to approve it.
/// </summary>
public sealed class LegacySpreadsheetTests
{
    public static TheoryData<string> FileNames => LegacySpreadsheets.FileNames;

    [Theory]
    [MemberData(nameof(FileNames))]
    public void The_committed_spreadsheet_holds_exactly_the_generator_s_cells(string fileName)
    {
        var spreadsheet = LegacySpreadsheets.Named(fileName);
        var generated = spreadsheet.Generate();
        var received = Path.ChangeExtension(spreadsheet.Path, ".received" + Path.GetExtension(spreadsheet.Path));

        var same = File.Exists(spreadsheet.Path) && (spreadsheet.IsWorkbook
            ? WorkbookCells.Describe(File.ReadAllBytes(spreadsheet.Path)) == WorkbookCells.Describe(generated)
            : File.ReadAllBytes(spreadsheet.Path).AsSpan().SequenceEqual(generated));
        if (same)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllBytes(received, generated);
        Assert.Fail($"{fileName} is not what the generator makes; review {Path.GetFileName(received)} and rename it to {fileName} to approve it.");
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void Every_legacy_register_has_at_least_fifteen_activities_and_an_empty_row_among_them(string fileName)
    {
        var sheet = SheetOf(LegacySpreadsheets.Named(fileName).Layout);
        var header = HeaderRow(sheet);
        var below = sheet.Rows.Skip(header + 1).ToList();

        Assert.True(below.Count(row => row.Any(cell => cell is not null)) >= 15);
        Assert.Contains(below.SkipLast(1), row => row.All(cell => cell is null));
    }

    [Fact]
    public void The_preambles_label_the_controller_s_details_as_the_layouts_do_in_the_sheet_s_language()
    {
        Assert.Equal(LayoutColumns.Preamble.Select(label => label.English), LegacyIco.Sheet.Rows.Take(10).Select(row => row[0]));
        Assert.Equal(LayoutColumns.Preamble.Take(7).Select(label => label.French), LegacyCnil.Sheet.Rows.Take(7).Select(row => row[0]));
        Assert.Equal(LayoutColumns.Preamble.Take(7).Select(label => label.Dutch), LegacyVng.Sheet.Rows.Take(7).Select(row => row[0]));
    }

    [Fact]
    public void The_ico_workbook_has_the_template_s_thirty_headers_under_its_merged_section_headings()
    {
        var cells = WorkbookCells.Describe(LegacySpreadsheets.Named("ico-controller.xlsx").Generate());

        Assert.Contains("merge A12:K12\n", cells, StringComparison.Ordinal);
        Assert.Contains("merge Z12:AD12\n", cells, StringComparison.Ordinal);
        Assert.Equal(LayoutColumns.Ico.Select(column => (object?)column.English), LegacyIco.Sheet.Rows[12]);
    }

    [Fact]
    public void The_ico_workbook_has_a_serial_date_a_date_as_text_and_a_formula_with_its_cached_value()
    {
        var cells = WorkbookCells.Describe(LegacySpreadsheets.Named("ico-controller.xlsx").Generate());

        Assert.Contains("V17 n format=14 44999\n", cells, StringComparison.Ordinal);
        Assert.Contains("V33 s format=0 02/05/2024\n", cells, StringComparison.Ordinal);
        Assert.Contains("G15 str format=0 formula=CONCATENATE(\"https://intranet.northwick.example/contracts/\",\"PAY-2023-014\") https://intranet.northwick.example/contracts/PAY-2023-014\n", cells, StringComparison.Ordinal);
    }

    [Fact]
    public void The_vng_workbook_merges_each_department_s_name_down_over_its_rows()
    {
        var cells = WorkbookCells.Describe(LegacySpreadsheets.Named("vng-gemeente.xlsx").Generate());

        Assert.Contains("merge A10:A13\n", cells, StringComparison.Ordinal);
        Assert.Contains("A10 s format=0 Burgerzaken\n", cells, StringComparison.Ordinal);
        Assert.DoesNotContain("\nA11 ", cells, StringComparison.Ordinal);
    }

    [Fact]
    public void The_vng_csv_keeps_a_merged_department_in_its_first_row_only_as_excel_saves_it()
    {
        var lines = File.ReadAllText(LegacySpreadsheets.Named("vng-gemeente.csv").Path).Split("\r\n");

        Assert.StartsWith("Burgerzaken;", lines[9], StringComparison.Ordinal);
        Assert.StartsWith(";Verstrekken van reisdocumenten", lines[10], StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(LegacySpreadsheets.Named("vng-gemeente.csv").Path)[..3]);
    }

    private static LegacySheet SheetOf(SpreadsheetLayout layout) => layout switch
    {
        SpreadsheetLayout.Ico => LegacyIco.Sheet,
        SpreadsheetLayout.Cnil => LegacyCnil.Sheet,
        _ => LegacyVng.Sheet,
    };

    private static int HeaderRow(LegacySheet sheet)
    {
        string[] firstHeaders = [LayoutColumns.Ico[0].English, LayoutColumns.Cnil[0].French!, LayoutColumns.Vng[0].Dutch];
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            if (sheet.Rows[r] is [string first, ..] && firstHeaders.Contains(first))
            {
                return r;
            }
        }

        throw new InvalidOperationException($"No header row: none starts with '{string.Join("', '", firstHeaders)}'.");
    }
}
