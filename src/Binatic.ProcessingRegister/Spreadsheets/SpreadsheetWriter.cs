namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>Writes sheets as an XLSX workbook or as CSV, every cell as text, escaped against formula injection.</summary>
internal static class SpreadsheetWriter
{
    /// <summary>Writes <paramref name="sheets"/> as an XLSX workbook.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="sheets">The sheets, in order.</param>
    public static void WriteXlsx(Stream stream, IReadOnlyList<SheetContent> sheets) => throw new NotImplementedException();

    /// <summary>Writes <paramref name="sheet"/> as RFC 4180 CSV in UTF-8 with a byte order mark.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="sheet">The sheet; its name is not written.</param>
    public static void WriteCsv(Stream stream, SheetContent sheet) => throw new NotImplementedException();
}
