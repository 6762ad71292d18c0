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
    public static SpreadsheetImportResult ImportFile(string path, SpreadsheetImportOptions options) => throw new NotImplementedException();

    /// <summary>Imports a spreadsheet from <paramref name="stream"/>.</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="fileName">The file's display name, for locations; its extension tells XLSX from CSV.</param>
    /// <param name="options">The layout, and optionally the sheet and the register's language.</param>
    /// <returns>The register as YAML and the findings.</returns>
    public static SpreadsheetImportResult Import(Stream stream, string fileName, SpreadsheetImportOptions options) => throw new NotImplementedException();
}
