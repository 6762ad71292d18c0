namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>
/// How much of a spreadsheet file the reader takes in before it stops with a finding: a spreadsheet is hostile input,
/// and a zip bomb or a sheet of a million rows must cost bounded time and memory. The defaults accept a register of
/// 100,000 activities in the VNG model's 17 columns, as XLSX or CSV; docs/spreadsheets.md gives each number's reason
/// and what the largest accepted file costs.
/// </summary>
internal sealed record SpreadsheetLimits
{
    /// <summary>Gets the largest file read, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>Gets the most bytes read from all the parts of an XLSX file together once unzipped.</summary>
    public long MaxUnzippedBytes { get; init; } = 256 * 1024 * 1024;

    /// <summary>Gets the most non-empty cells read from a workbook.</summary>
    public int MaxCells { get; init; } = 2_000_000;

    /// <summary>Gets the most rows read from one sheet.</summary>
    public int MaxRows { get; init; } = 200_000;

    /// <summary>Gets the most characters read from one cell; Excel itself holds at most 32,767.</summary>
    public int MaxCellCharacters { get; init; } = 32_767;

    /// <summary>Gets the most parts (zip entries) an XLSX file may hold; a workbook made by Excel has a few dozen.</summary>
    public int MaxZipEntries { get; init; } = 10_000;

    /// <summary>
    /// Gets the most times a part of an XLSX file larger than <see cref="CompressionRatioFloorBytes"/> may unzip to its
    /// compressed size: a real worksheet's XML compresses some 5 to 50 times, a zip bomb's zeros a thousand times.
    /// </summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Gets the unzipped size from which a part's compression ratio is checked; small parts may compress well.</summary>
    public long CompressionRatioFloorBytes { get; init; } = 1024 * 1024;
}
