namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>
/// How much of a spreadsheet file the reader takes in before it stops with a finding: a spreadsheet is hostile input,
/// and a zip bomb or a sheet of a million rows must cost bounded time and memory.
/// </summary>
internal sealed record SpreadsheetLimits
{
    /// <summary>Gets the largest file read, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Gets the most bytes read from all the parts of an XLSX file together once unzipped.</summary>
    public long MaxUnzippedBytes { get; init; } = 100 * 1024 * 1024;

    /// <summary>Gets the most non-empty cells read from a workbook.</summary>
    public int MaxCells { get; init; } = 500_000;

    /// <summary>Gets the most rows read from one sheet.</summary>
    public int MaxRows { get; init; } = 100_000;
}
