using System.Collections.Immutable;
using System.Globalization;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// Maps a workbook read in one of the layouts to a register in this project's YAML format: the header row, the lines
/// above it, and one activity per row under it, with a finding at every cell it could not map.
/// </summary>
internal sealed class SheetImporter
{
    private const int ExpectedHeadersShown = 4;

    private readonly Workbook _workbook;
    private readonly SpreadsheetImportOptions _options;
    private readonly SheetTable _sheet;
    private readonly HeaderRow _header;
    private readonly List<Diagnostic> _findings = [];
    private readonly HashSet<int> _reportedColumns = [];
    private readonly HashSet<string> _partyIds = new(StringComparer.Ordinal);

    private SheetImporter(Workbook workbook, SpreadsheetImportOptions options, SheetTable sheet, HeaderRow header)
    {
        _workbook = workbook;
        _options = options;
        _sheet = sheet;
        _header = header;
        Language = options.Language ?? header.Language;
        DataSubjects = new Catalogue(new HashSet<string>(StringComparer.Ordinal));
        DataCategories = new Catalogue(new HashSet<string>(StringComparer.Ordinal));
        Parties = new Catalogue(_partyIds);
        Measures = new Catalogue(new HashSet<string>(StringComparer.Ordinal));
        Departments = new Catalogue(new HashSet<string>(StringComparer.Ordinal));
        Tasks = new Catalogue(new HashSet<string>(StringComparer.Ordinal));
        Controllers = new Catalogue(new HashSet<string>(StringComparer.Ordinal));
        Arrangements = new Catalogue(new HashSet<string>(StringComparer.Ordinal));
    }

    /// <summary>Gets the language of the register written and of the findings.</summary>
    public RegisterLanguage Language { get; }

    /// <summary>Gets the layout read.</summary>
    public SpreadsheetLayout Layout => _options.Layout;

    public Catalogue DataSubjects { get; }

    public Catalogue DataCategories { get; }

    /// <summary>Gets the recipients and the processors, which activities name in one list and so share their ids.</summary>
    public Catalogue Parties { get; }

    public Catalogue Measures { get; }

    public Catalogue Departments { get; }

    public Catalogue Tasks { get; }

    public Catalogue Controllers { get; }

    public Catalogue Arrangements { get; }

    /// <summary>Imports <paramref name="workbook"/>.</summary>
    public static SpreadsheetImportResult Import(Workbook workbook, SpreadsheetImportOptions options)
    {
        var language = options.Language ?? RegisterLanguage.English;
        SheetTable? chosen;
        HeaderRow? header;
        if (options.Sheet is { } name)
        {
            chosen = workbook.Sheets.FirstOrDefault(sheet => string.Equals(sheet.Name, name, StringComparison.Ordinal))
                ?? workbook.Sheets.FirstOrDefault(sheet => string.Equals(sheet.Name, name, StringComparison.OrdinalIgnoreCase));
            if (chosen is null)
            {
                var names = MessageText.Join(", ", workbook.Sheets.Select(sheet => (object?)$"'{sheet.Name}'"));
                return Failed(new Diagnostic(
                    DiagnosticIds.ImportSheetNotFound, DiagnosticSeverity.Error, ImportMessages.SheetNotFound.With(("sheet", name), ("sheets", names)), SourceLocation.StartOfFile(workbook.File), string.Empty, language));
            }

            header = HeaderRow.Find(chosen, options.Layout);
            if (header is null)
            {
                return Failed(new Diagnostic(
                    DiagnosticIds.ImportNoHeaderRow, DiagnosticSeverity.Error, ImportMessages.NoHeaderRow.With(("sheet", chosen.Name ?? workbook.File), ("layout", LayoutName(options.Layout)), ("headers", ExpectedHeaders(options.Layout))), SheetLocation(workbook, chosen), string.Empty, language));
            }
        }
        else
        {
            (chosen, header) = workbook.Sheets.Select(sheet => (sheet, HeaderRow.Find(sheet, options.Layout))).FirstOrDefault(found => found.Item2 is not null);
            if (chosen is null || header is null)
            {
                var first = workbook.Sheets.FirstOrDefault();
                var at = first is null ? SourceLocation.StartOfFile(workbook.File) : SheetLocation(workbook, first);
                var message = workbook.Sheets.Length == 1
                    ? ImportMessages.NoHeaderRow.With(("sheet", first!.Name ?? workbook.File), ("layout", LayoutName(options.Layout)), ("headers", ExpectedHeaders(options.Layout)))
                    : ImportMessages.NoSheetMatches.With(("layout", LayoutName(options.Layout)), ("headers", ExpectedHeaders(options.Layout)));
                return Failed(new Diagnostic(DiagnosticIds.ImportNoHeaderRow, DiagnosticSeverity.Error, message, at, string.Empty, language));
            }
        }

        return new SheetImporter(workbook, options, chosen, header).Run();
    }

    /// <summary>Gets the name of a layout as findings and comments show it.</summary>
    public static string LayoutName(SpreadsheetLayout layout) => layout switch
    {
        SpreadsheetLayout.Ico => "ICO",
        SpreadsheetLayout.Cnil => "CNIL",
        _ => "VNG",
    };

    /// <summary>Gets the location of <paramref name="cell"/>.</summary>
    public SourceLocation At(SheetCell cell) => SourceLocation.Cell(_workbook.File, _sheet.Name, cell.Row, cell.Column);

    /// <summary>Gets the header of the column of <paramref name="cell"/> as the sheet writes it.</summary>
    public string HeaderOf(SheetCell cell) => _header.Row[cell.Column]?.Text.Trim() ?? SourceLocation.ColumnLetters(cell.Column);

    /// <summary>Reports a finding at <paramref name="at"/>, in the register's language.</summary>
    public void Report(string id, DiagnosticSeverity severity, MessageText message, SourceLocation at) =>
        _findings.Add(new Diagnostic(id, severity, message, at, string.Empty, Language));

    /// <summary>Reports, once per column, that the column's cells are kept as comments.</summary>
    public void ReportKeptAsComments(SheetCell cell)
    {
        if (_reportedColumns.Add(cell.Column) && _header.Columns.ContainsKey(cell.Column))
        {
            Report(
                DiagnosticIds.ImportColumnKeptAsComments,
                DiagnosticSeverity.Info,
                ImportMessages.ColumnKeptAsComments.With(("column", HeaderOf(cell)), ("layout", LayoutName(Layout))),
                At(_header.Row[cell.Column]!));
        }
    }

    /// <summary>Reports, once, a column without a header whose cells are kept as comments.</summary>
    public void ReportHeaderless(SheetCell cell)
    {
        if (_reportedColumns.Add(cell.Column))
        {
            Report(
                DiagnosticIds.ImportUnknownColumn,
                DiagnosticSeverity.Warning,
                ImportMessages.UnknownColumn.With(("column", HeaderOf(cell)), ("layout", LayoutName(Layout))),
                At(cell));
        }
    }

    private static SpreadsheetImportResult Failed(Diagnostic finding) => new(null, [finding]);

    private static SourceLocation SheetLocation(Workbook workbook, SheetTable sheet) => SourceLocation.Cell(workbook.File, sheet.Name, 1, 1);

    private static string ExpectedHeaders(SpreadsheetLayout layout) => string.Join(
        ", ",
        LayoutColumns.For(layout).Take(ExpectedHeadersShown).Select(column => $"'{(layout switch
        {
            SpreadsheetLayout.Vng => column.Dutch,
            SpreadsheetLayout.Cnil => column.French ?? column.English,
            _ => column.English,
        })}'"));

    private SpreadsheetImportResult Run()
    {
        ReportColumns();
        var preamble = Preamble.Read(_sheet.Rows.TakeWhile(row => row.Number < _header.Row.Number));
        var activities = new List<ActivityDraft>();
        var activityIds = new HashSet<string>(StringComparer.Ordinal);
        var departmentColumn = _header.Columns.FirstOrDefault(pair => pair.Value.Field == ColumnField.Department).Key;
        SheetCell? departmentAbove = null;
        var lastRow = _header.Row.Number;
        foreach (var row in _sheet.Rows.Where(row => row.Number > _header.Row.Number))
        {
            var cells = OwnCells(row);
            if (row.Number != lastRow + 1 || cells.All(cell => CellValue.Text(cell).Length == 0))
            {
                // An empty row ends a department's block.
                departmentAbove = null;
            }

            lastRow = row.Number;
            if (cells.Count == 0 || cells.All(cell => cell.MergedFrom is { } from && from.Row < cell.Row))
            {
                continue;
            }

            if (departmentColumn > 0)
            {
                departmentAbove = CarryDepartmentDown(row.Number, departmentColumn, cells, departmentAbove);
            }

            activities.Add(ActivityDraft.Read(this, row.Number, cells, activityIds));
        }

        if (activities.Count == 0)
        {
            Report(DiagnosticIds.ImportNoActivities, DiagnosticSeverity.Warning, ImportMessages.NoActivities.Text(), At(_header.Row.Cells[0]));
        }

        if (preamble.ControllerName is null && Controllers.Entries.Count == 0)
        {
            Report(DiagnosticIds.ImportControllerNotNamed, DiagnosticSeverity.Warning, ImportMessages.ControllerNotNamed.Text(), SheetLocation(_workbook, _sheet));
        }

        var yaml = RegisterWriter.Write(this, preamble, activities, HeaderComment());
        return new SpreadsheetImportResult(yaml, [.. _findings.OrderBy(finding => finding.Location.Line).ThenBy(finding => finding.Location.Column)]);
    }

    /// <summary>
    /// Fills an empty department cell with the department of the row above, as a spreadsheet that merges a department's
    /// cells shows it and as a CSV file, which cannot merge cells, leaves it (RPR173).
    /// </summary>
    /// <returns>The department cell the next row would take its department from.</returns>
    private SheetCell? CarryDepartmentDown(int row, int column, List<SheetCell> cells, SheetCell? above)
    {
        var own = cells.Find(cell => cell.Column == column);
        if (own is not null && CellValue.Text(own).Length > 0)
        {
            return own;
        }

        if (above is null)
        {
            return null;
        }

        var carried = new SheetCell(row, column, CellValue.Text(above));
        cells.Remove(own!);
        cells.Add(carried);
        Report(
            DiagnosticIds.ImportValueFromRowAbove,
            DiagnosticSeverity.Info,
            ImportMessages.ValueFromRowAbove.With(("value", (object?)carried.Text), ("cell", SourceLocation.ColumnLetters(above.Column) + above.Row.ToString(CultureInfo.InvariantCulture))),
            At(carried));
        return above;
    }

    /// <summary>Gets the cells of <paramref name="row"/> in the table's columns, leaving out the copies of a value merged across columns.</summary>
    private List<(SheetCell Cell, LayoutColumn? Column)> OwnCellsWithColumns(SheetRow row) =>
        [.. row.Cells
            .Where(cell => cell.MergedFrom is not { } from || from.Column == cell.Column)
            .Select(cell => (cell, _header.Columns.GetValueOrDefault(cell.Column)))];

    private List<SheetCell> OwnCells(SheetRow row) => [.. OwnCellsWithColumns(row).Select(pair => pair.Cell)];

    /// <summary>Gets the layout's column of <paramref name="cell"/>, or <see langword="null"/> for a column the layout does not have.</summary>
    public LayoutColumn? ColumnOf(SheetCell cell) => _header.Columns.GetValueOrDefault(cell.Column);

    private void ReportColumns()
    {
        foreach (var cell in _header.Unknown)
        {
            _reportedColumns.Add(cell.Column);
            Report(
                DiagnosticIds.ImportUnknownColumn,
                DiagnosticSeverity.Warning,
                ImportMessages.UnknownColumn.With(("column", cell.Text.Trim()), ("layout", LayoutName(Layout))),
                At(cell));
        }

        var present = _header.Columns.Values.Select(column => column.Field).ToHashSet();
        foreach (var column in LayoutColumns.For(Layout))
        {
            if (present.Contains(column.Field) || Needed(column.Field) is not { } needed)
            {
                continue;
            }

            if (column.Field == ColumnField.TransferCountries && present.Contains(ColumnField.Transfers))
            {
                continue;
            }

            var header = Language == RegisterLanguage.Dutch ? column.Dutch : Layout == SpreadsheetLayout.Cnil ? column.French ?? column.English : column.English;
            Report(
                DiagnosticIds.ImportMissingColumn,
                DiagnosticSeverity.Warning,
                ImportMessages.MissingColumn.With(("column", header), ("layout", LayoutName(Layout)), ("article", needed.Article), ("key", needed.Key)),
                At(_header.Row.Cells[0]));
        }
    }

    // The columns that hold what Art. 30(1) asks of every activity, and the legal basis the format needs.
    private static (string Article, string Key)? Needed(ColumnField field) => field switch
    {
        ColumnField.ActivityName => ("Art. 30(1)(b)", "name"),
        ColumnField.Purposes => ("Art. 30(1)(b)", "purposes"),
        ColumnField.DataSubjects => ("Art. 30(1)(c)", "dataSubjects"),
        ColumnField.DataCategories => ("Art. 30(1)(c)", "dataCategories"),
        ColumnField.Recipients => ("Art. 30(1)(d)", "recipients"),
        ColumnField.TransferCountries or ColumnField.Transfers => ("Art. 30(1)(e)", "transfers"),
        ColumnField.Retention => ("Art. 30(1)(f)", "retention"),
        ColumnField.SecurityMeasures => ("Art. 30(1)(g)", "securityMeasures"),
        ColumnField.LegalBases => ("Art. 6(1)", "legalBases"),
        _ => null,
    };

    private IEnumerable<string> HeaderComment()
    {
        var file = _workbook.File;
        var sheet = _sheet.Name is { } name ? $", sheet '{name}'" : string.Empty;
        var sheetDutch = _sheet.Name is { } dutchName ? $", werkblad '{dutchName}'" : string.Empty;
        return Language == RegisterLanguage.Dutch
            ?
            [
                $"Geïmporteerd uit {file}{sheetDutch}, in de indeling van het {LayoutName(Layout)}-sjabloon (processing-register import).",
                "Het commentaar hieronder staat waar een cel geen plaats in het formaat had; controleer het en vul aan wat het",
                "spreadsheet niet zei, en voer daarna 'processing-register validate' uit op dit bestand.",
            ]
            :
            [
                $"Imported from {file}{sheet}, in the {LayoutName(Layout)} template's layout (processing-register import).",
                "The comments below stand where a cell had no place in the format; check them, fill in what the spreadsheet",
                "did not say, and then run 'processing-register validate' on this file.",
            ];
    }
}
