using System.Collections.Immutable;
using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>Reads an XLSX or CSV file into its sheets' non-empty cells, never evaluating a formula.</summary>
internal static class SpreadsheetReader
{
    /// <summary>Reads <paramref name="stream"/> as a spreadsheet of <paramref name="format"/>.</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="file">The file's display name, for locations.</param>
    /// <param name="format">The file's format.</param>
    /// <param name="limits">How much to read at most.</param>
    /// <returns>The workbook, or <see langword="null"/> with the located errors that kept it from being read.</returns>
    public static (Workbook? Workbook, ImmutableArray<Diagnostic> Diagnostics) Read(Stream stream, string file, SpreadsheetFormat format, SpreadsheetLimits limits) =>
        throw new NotImplementedException();
}
