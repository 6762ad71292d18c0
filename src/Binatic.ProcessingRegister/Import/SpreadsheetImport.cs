using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// Turns a spreadsheet kept in a regulator's or association's template (ICO, CNIL, VNG) into a register in this
/// project's YAML format, inventing nothing: what has no structured home stays in a description or a comment and is
/// reported at its cell.
/// </summary>
public static class SpreadsheetImport
{
    /// <summary>Imports the spreadsheet at <paramref name="path"/> (<c>.xlsx</c> or <c>.csv</c>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The layout, and optionally the sheet and the register's language.</param>
    /// <returns>The register as YAML and the findings.</returns>
    public static SpreadsheetImportResult ImportFile(string path, SpreadsheetImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new SpreadsheetImportResult(null, [new Diagnostic(
                DiagnosticIds.InputUnreadable,
                DiagnosticSeverity.Error,
                ImportMessages.Unreadable.With(("reason", exception.Message)),
                SourceLocation.StartOfFile(path),
                string.Empty,
                options.Language ?? RegisterLanguage.English)]);
        }

        using (stream)
        {
            return Import(stream, path, options);
        }
    }

    /// <summary>Imports a spreadsheet from <paramref name="stream"/>.</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="fileName">The file's display name, for locations; its extension tells XLSX from CSV.</param>
    /// <param name="options">The layout, and optionally the sheet and the register's language.</param>
    /// <returns>The register as YAML and the findings.</returns>
    public static SpreadsheetImportResult Import(Stream stream, string fileName, SpreadsheetImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(options);
        var format = fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? SpreadsheetFormat.Csv : SpreadsheetFormat.Xlsx;
        var (workbook, read) = SpreadsheetReader.Read(stream, fileName, format, new SpreadsheetLimits());
        if (workbook is null)
        {
            return new SpreadsheetImportResult(null, read);
        }

        var imported = Import(workbook, options);
        return imported with { Diagnostics = [.. read, .. imported.Diagnostics] };
    }

    /// <summary>Imports a workbook already read.</summary>
    /// <param name="workbook">The workbook.</param>
    /// <param name="options">The layout, and optionally the sheet and the register's language.</param>
    /// <returns>The register as YAML and the findings.</returns>
    internal static SpreadsheetImportResult Import(Workbook workbook, SpreadsheetImportOptions options) => SheetImporter.Import(workbook, options);
}
