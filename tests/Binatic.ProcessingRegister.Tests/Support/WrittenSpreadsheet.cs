using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Binatic.ProcessingRegister.Tests.Support;

/// <summary>
/// Reads back what the spreadsheet writer made, with the libraries rather than with our own reader, so that a test of
/// the writer does not depend on the reader being right.
/// </summary>
internal static class WrittenSpreadsheet
{
    /// <summary>Gets the text of a cell the writer stores, as it does every cell, in the shared string table.</summary>
    public static string SharedText(SpreadsheetDocument document, Cell cell) =>
        document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>()
            .ElementAt(int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)).InnerText;

    /// <summary>Gets the records of comma-separated <paramref name="text"/>, each as its fields.</summary>
    public static List<string[]> ReadCsv(string text)
    {
        using var reader = CsvReader.FromText(text, CsvReaderOptions.Default with { HasHeader = false, Separator = ',' });
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return records;
    }
}
