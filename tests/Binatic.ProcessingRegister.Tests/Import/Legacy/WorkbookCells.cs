using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Binatic.ProcessingRegister.Tests.Import.Legacy;

/// <summary>
/// Describes what a workbook holds, cell by cell, read back with the Open XML SDK: each sheet's name, its merged
/// ranges, and every cell's reference, type, value (shared strings resolved), formula, number format and boldness.
/// Two workbooks with the same description hold the same cells, whatever their zip entries' dates.
/// </summary>
internal static class WorkbookCells
{
    public static string Describe(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbookPart = document.WorkbookPart!;
        var strings = workbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(item => item.InnerText).ToList() ?? [];
        var stylesheet = workbookPart.WorkbookStylesPart?.Stylesheet;
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        var fonts = stylesheet?.Fonts?.Elements<Font>().ToList() ?? [];
        var codes = stylesheet?.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];

        var text = new StringBuilder();
        foreach (var sheet in workbookPart.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!)).Worksheet;
            text.Append(CultureInfo.InvariantCulture, $"sheet {sheet.Name}\n");
            foreach (var merge in worksheet.Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>()))
            {
                text.Append(CultureInfo.InvariantCulture, $"merge {merge.Reference}\n");
            }

            foreach (var cell in worksheet.Descendants<Cell>())
            {
                var format = cell.StyleIndex is { } style ? formats[(int)style.Value] : null;
                var numberFormat = format?.NumberFormatId?.Value ?? 0;
                var bold = format?.FontId is { } font && fonts[(int)font.Value].Bold is not null;
                var value = cell.DataType?.Value == CellValues.SharedString
                    ? strings[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
                    : cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? string.Empty;
                text.Append(CultureInfo.InvariantCulture, $"{cell.CellReference} {cell.DataType?.InnerText ?? "n"}");
                text.Append(CultureInfo.InvariantCulture, $" format={(codes.TryGetValue(numberFormat, out var code) ? code : numberFormat.ToString(CultureInfo.InvariantCulture))}");
                text.Append(bold ? " bold" : string.Empty);
                text.Append(cell.CellFormula is { } formula ? $" formula={formula.Text}" : string.Empty);
                text.Append(CultureInfo.InvariantCulture, $" {value.ReplaceLineEndings("\\n")}\n");
            }
        }

        return text.ToString();
    }
}
