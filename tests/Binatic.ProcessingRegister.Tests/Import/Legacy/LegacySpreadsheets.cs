using Binatic.ProcessingRegister.Spreadsheets;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Import.Legacy;

/// <summary>
/// The legacy registers committed in <c>registers/spreadsheets/</c>, each with the layout it is kept in and the bytes
/// this generator makes of it.
/// </summary>
internal static class LegacySpreadsheets
{
    public const string Folder = "registers/spreadsheets";

    public static IReadOnlyList<LegacySpreadsheet> All { get; } =
    [
        new("ico-controller.xlsx", SpreadsheetLayout.Ico, () => LegacyWorkbookWriter.Write(LegacyIco.Sheet)),
        // As a Google Sheets download: commas, UTF-8 without a byte order mark.
        new("ico-controller.csv", SpreadsheetLayout.Ico, () => LegacyCsvWriter.Write(LegacyIco.Sheet, ',', byteOrderMark: false)),
        new("cnil-registre.xlsx", SpreadsheetLayout.Cnil, () => LegacyWorkbookWriter.Write(LegacyCnil.Sheet)),
        new("vng-gemeente.xlsx", SpreadsheetLayout.Vng, () => LegacyWorkbookWriter.Write(LegacyVng.Sheet)),
        // As Dutch Excel saves "CSV UTF-8": the list separator of the Dutch locale, a semicolon, and a byte order mark.
        new("vng-gemeente.csv", SpreadsheetLayout.Vng, () => LegacyCsvWriter.Write(LegacyVng.Sheet, ';', byteOrderMark: true)),
    ];

    public static TheoryData<string> FileNames => new(All.Select(spreadsheet => spreadsheet.FileName));

    public static LegacySpreadsheet Named(string fileName) => All.Single(spreadsheet => spreadsheet.FileName == fileName);
}

/// <summary>One committed legacy register.</summary>
/// <param name="FileName">The file's name in <c>registers/spreadsheets/</c>.</param>
/// <param name="Layout">The template it is kept in.</param>
/// <param name="Generate">Makes the file's bytes anew.</param>
internal sealed record LegacySpreadsheet(string FileName, SpreadsheetLayout Layout, Func<byte[]> Generate)
{
    /// <summary>Gets the committed file's path in the repository.</summary>
    public string Path => RepositoryFile.Path($"{LegacySpreadsheets.Folder}/{FileName}");

    /// <summary>Gets the path relative to the repository's root, as findings should name it.</summary>
    public string RelativePath => $"{LegacySpreadsheets.Folder}/{FileName}";

    public bool IsWorkbook => FileName.EndsWith(".xlsx", StringComparison.Ordinal);
}
