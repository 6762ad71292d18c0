using System.Globalization;
using Binatic.ProcessingRegister.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Binatic.ProcessingRegister.Tests.Import.Legacy;

/// <summary>
/// Writes a <see cref="LegacySheet"/> as Excel would save it: text in the shared string table, dates as serial numbers
/// with a date format, formulas with their cached value, merged ranges, bold headings and wrapped text.
/// </summary>
internal static class LegacyWorkbookWriter
{
    private const uint Plain = 0;
    private const uint Bold = 1;
    private const uint Wrapped = 2;
    private const uint BuiltInDate = 3;
    private const uint FirstCustomDate = 4;

    public static byte[] Write(LegacySheet sheet)
    {
        var customFormats = sheet.Rows.SelectMany(row => row).OfType<SerialDate>()
            .Select(date => date.NumberFormat).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var strings = new List<string>();
        var stringIndex = new Dictionary<string, int>(StringComparer.Ordinal);

        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = Styles(customFormats);
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();

            var data = new SheetData();
            for (var r = 0; r < sheet.Rows.Count; r++)
            {
                var rowNumber = (uint)(r + 1);
                var row = new Row { RowIndex = rowNumber };
                var cells = sheet.Rows[r];
                for (var c = 0; c < cells.Length; c++)
                {
                    if (cells[c] is not { } value || value is "")
                    {
                        continue;
                    }

                    var reference = SourceLocation.ColumnLetters(c + 1) + rowNumber.ToString(CultureInfo.InvariantCulture);
                    var bold = sheet.BoldRows.Contains(r + 1);
                    row.Append(value switch
                    {
                        string text => new Cell
                        {
                            CellReference = reference,
                            DataType = CellValues.SharedString,
                            StyleIndex = bold ? Bold : text.Contains('\n', StringComparison.Ordinal) ? Wrapped : Plain,
                            CellValue = new CellValue(Shared(text).ToString(CultureInfo.InvariantCulture)),
                        },
                        SerialDate date => new Cell
                        {
                            CellReference = reference,
                            StyleIndex = date.NumberFormat is null ? BuiltInDate : FirstCustomDate + (uint)customFormats.IndexOf(date.NumberFormat),
                            CellValue = new CellValue(date.Serial.ToString(CultureInfo.InvariantCulture)),
                        },
                        FormulaText formula => new Cell
                        {
                            CellReference = reference,
                            DataType = CellValues.String,
                            CellFormula = new CellFormula(formula.Formula),
                            CellValue = new CellValue(formula.CachedValue),
                        },
                        _ => throw new ArgumentException($"A cell of type {value.GetType()} is not a legacy sheet's.", nameof(sheet)),
                    });
                }

                data.Append(row);
            }

            var width = sheet.Rows.Max(row => row.Length);
            var worksheet = new Worksheet(
                new SheetViews(new SheetView { WorkbookViewId = 0, TabSelected = true }),
                new SheetFormatProperties { DefaultRowHeight = 15 },
                new Columns(new Column { Min = 1, Max = (uint)width, Width = sheet.ColumnWidth, CustomWidth = true }),
                data);
            if (sheet.Merges.Count > 0)
            {
                worksheet.Append(new MergeCells(sheet.Merges.Select(range => new MergeCell { Reference = range })));
            }

            worksheetPart.Worksheet = worksheet;

            var sharedPart = workbookPart.AddNewPart<SharedStringTablePart>();
            sharedPart.SharedStringTable = new SharedStringTable(strings.Select(text => new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve })))
            {
                Count = (uint)strings.Count,
                UniqueCount = (uint)strings.Count,
            };

            workbookPart.Workbook.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheets(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = sheet.Name }));
        }

        return stream.ToArray();

        int Shared(string text)
        {
            if (!stringIndex.TryGetValue(text, out var index))
            {
                index = strings.Count;
                strings.Add(text);
                stringIndex.Add(text, index);
            }

            return index;
        }
    }

    private static Stylesheet Styles(IReadOnlyList<string> customFormats)
    {
        var formats = customFormats.Select((code, i) => new NumberingFormat { NumberFormatId = 164 + (uint)i, FormatCode = code }).ToList();
        var stylesheet = new Stylesheet();
        if (formats.Count > 0)
        {
            stylesheet.Append(new NumberingFormats(formats) { Count = (uint)formats.Count });
        }

        stylesheet.Append(
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
            { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
            { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 });

        var cellFormats = new List<CellFormat>
        {
            new() { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true },
            new(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true },
            new() { NumberFormatId = 14, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
        };
        cellFormats.AddRange(formats.Select(format => new CellFormat { NumberFormatId = format.NumberFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true }));
        stylesheet.Append(
            new CellFormats(cellFormats) { Count = (uint)cellFormats.Count },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        return stylesheet;
    }
}
