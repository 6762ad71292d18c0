using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// Writes a register as a spreadsheet in the layout of a template officers already keep (ICO, CNIL, VNG): one row per
/// processing activity, a header row that stays in view, the register's title and controller above the table.
/// </summary>
public static class SpreadsheetExport
{
    /// <summary>Writes <paramref name="register"/> to <paramref name="stream"/>.</summary>
    /// <param name="register">The register to write.</param>
    /// <param name="stream">Where to write the file's bytes.</param>
    /// <param name="options">The format, layout and language.</param>
    public static void Write(Register register, Stream stream, SpreadsheetExportOptions options) => throw new NotImplementedException();
}
