using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Binatic.ProcessingRegister.Tests.Spreadsheets;

/// <summary>Builds small XLSX workbooks with the Open XML SDK, cell by cell, as the reader's tests need them.</summary>
internal sealed class TestWorkbook
{
    private readonly List<TestSheet> sheets = [];
    private readonly List<string> sharedStrings = [];
    private readonly List<(uint Id, string? Code)> formats = [(0, null)];

    private TestSheet Current => sheets.Count > 0 ? sheets[^1] : Sheet("Sheet1").sheets[^1];

    public TestWorkbook Sheet(string name, bool hidden = false)
    {
        sheets.Add(new TestSheet(name, hidden));
        return this;
    }

    public TestWorkbook Text(string reference, string text)
    {
        sharedStrings.Add(text);
        return Put(reference, new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(sharedStrings.Count - 1) });
    }

    public TestWorkbook Inline(string reference, string text) =>
        Put(reference, new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) });

    public TestWorkbook RichText(string reference, params string[] runs)
    {
        sharedStrings.Add(string.Concat(runs));
        var item = new SharedStringItem(runs.Select((run, index) => new Run(
            index % 2 == 0 ? new RunProperties(new Bold()) : new RunProperties(new Italic()),
            new Text(run) { Space = SpaceProcessingModeValues.Preserve })));
        Current.RichItems[sharedStrings.Count - 1] = item;
        return Put(reference, new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(sharedStrings.Count - 1) });
    }

    public TestWorkbook Number(string reference, string raw, uint style = 0) =>
        Put(reference, new Cell { CellValue = new CellValue(raw), StyleIndex = style == 0 ? null : style });

    public TestWorkbook Boolean(string reference, bool value) =>
        Put(reference, new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(value ? "1" : "0") });

    public TestWorkbook Error(string reference, string value) =>
        Put(reference, new Cell { DataType = CellValues.Error, CellValue = new CellValue(value) });

    public TestWorkbook Formula(string reference, string formula, string? cached, CellValues? type = null) =>
        Put(reference, new Cell { CellFormula = new CellFormula(formula), CellValue = cached is null ? null : new CellValue(cached), DataType = type });

    public TestWorkbook Merge(string range)
    {
        Current.Merges.Add(range);
        return this;
    }

    /// <summary>Adds a cell format with a built-in number format, and returns its index for a cell's style.</summary>
    public uint BuiltInFormat(uint numberFormatId)
    {
        formats.Add((numberFormatId, null));
        return (uint)(formats.Count - 1);
    }

    /// <summary>Adds a cell format with a custom number format code, and returns its index for a cell's style.</summary>
    public uint CustomFormat(string code)
    {
        formats.Add((164u + (uint)formats.Count, code));
        return (uint)(formats.Count - 1);
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var sheetList = new Sheets();
            var number = 0u;
            foreach (var sheet in sheets.Count > 0 ? sheets : [new TestSheet("Sheet1", false)])
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var row in sheet.Cells.GroupBy(cell => Row(cell.Key)).OrderBy(group => group.Key))
                {
                    data.Append(new Row(row.OrderBy(cell => cell.Key.Length).ThenBy(cell => cell.Key, StringComparer.Ordinal).Select(cell => cell.Value)) { RowIndex = (uint)row.Key });
                }

                var worksheet = new Worksheet(data);
                if (sheet.Merges.Count > 0)
                {
                    worksheet.Append(new MergeCells(sheet.Merges.Select(range => new MergeCell { Reference = range })));
                }

                part.Worksheet = worksheet;
                sheetList.Append(new Sheet
                {
                    Id = workbookPart.GetIdOfPart(part),
                    SheetId = ++number,
                    Name = sheet.Name,
                    State = sheet.Hidden ? SheetStateValues.Hidden : null,
                });
            }

            workbookPart.Workbook.Append(sheetList);
            var rich = sheets.SelectMany(sheet => sheet.RichItems).ToDictionary();
            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(
                sharedStrings.Select((text, index) => rich.TryGetValue(index, out var item) ? item : new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
        }

        return stream.ToArray();
    }

    private TestWorkbook Put(string reference, Cell cell)
    {
        cell.CellReference = reference;
        Current.Cells[reference] = cell;
        return this;
    }

    private Stylesheet Stylesheet()
    {
        var custom = formats.Where(format => format.Code is not null).Select(format => new NumberingFormat { NumberFormatId = format.Id, FormatCode = format.Code }).ToArray();
        var stylesheet = new Stylesheet();
        if (custom.Length > 0)
        {
            stylesheet.Append(new NumberingFormats(custom) { Count = (uint)custom.Length });
        }

        stylesheet.Append(
            new Fonts(new Font()) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(formats.Select(format => new CellFormat { NumberFormatId = format.Id, ApplyNumberFormat = format.Id != 0 })) { Count = (uint)formats.Count });
        return stylesheet;
    }

    private static int Row(string reference) => int.Parse(reference.AsSpan(reference.AsSpan().IndexOfAnyInRange('0', '9')), CultureInfo.InvariantCulture);

    private sealed record TestSheet(string Name, bool Hidden)
    {
        public Dictionary<string, Cell> Cells { get; } = [];

        public List<string> Merges { get; } = [];

        public Dictionary<int, SharedStringItem> RichItems { get; } = [];
    }
}
