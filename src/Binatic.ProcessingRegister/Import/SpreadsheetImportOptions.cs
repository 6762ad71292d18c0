using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Import;

/// <summary>How <see cref="SpreadsheetImport"/> reads a spreadsheet register.</summary>
public sealed record SpreadsheetImportOptions
{
    /// <summary>Gets the template whose columns the spreadsheet has.</summary>
    public required SpreadsheetLayout Layout { get; init; }

    /// <summary>Gets the sheet to read; <see langword="null"/> (the default) reads the first sheet whose headers match the layout.</summary>
    public string? Sheet { get; init; }

    /// <summary>
    /// Gets the language of the register written (<c>register.language</c>); <see langword="null"/> (the default) takes
    /// the language of the spreadsheet's headers, and English for French headers.
    /// </summary>
    public RegisterLanguage? Language { get; init; }
}
