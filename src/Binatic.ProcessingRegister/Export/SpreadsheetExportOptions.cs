using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Export;

/// <summary>How <see cref="SpreadsheetExport"/> writes a register as a spreadsheet.</summary>
public sealed record SpreadsheetExportOptions
{
    /// <summary>Gets the file format: XLSX (the default) or CSV.</summary>
    public SpreadsheetFormat Format { get; init; } = SpreadsheetFormat.Xlsx;

    /// <summary>Gets the template whose columns the spreadsheet has.</summary>
    public required SpreadsheetLayout Layout { get; init; }

    /// <summary>
    /// Gets the language of the headers and labels, Dutch or English; <see langword="null"/> (the default) writes the
    /// register's own language. The register's own text stays as written.
    /// </summary>
    public RegisterLanguage? Language { get; init; }
}
