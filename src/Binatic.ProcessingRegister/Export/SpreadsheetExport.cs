using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// Writes a register as a spreadsheet in the layout of a template officers already keep (ICO, CNIL, VNG): one row per
/// processing activity, a header row that stays in view, the register's title and controller above the table.
/// </summary>
/// <remarks>
/// Every cell is plain text: a list is one item per line, the names of the closed lists (legal bases, safeguards,
/// periods) are the Markdown export's, and a cell the register says nothing about is empty, so that the sheet can be
/// sorted and filtered. The import reads the cells back; docs/spreadsheets.md lists, per layout, what each column holds
/// and what a layout cannot hold. A register that is only a processor's record has no activities: its sheet has the
/// header and no rows. A cell that starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> is prefixed with <c>'</c>, so
/// that no spreadsheet program runs it as a formula.
/// </remarks>
/// <example>
/// <code>
/// var register = RegisterLoader.LoadFile("registers/gemeente-voorbeeld.yaml").GetRegisterOrThrow();
/// using var file = File.Create("register.xlsx");
/// SpreadsheetExport.Write(register, file, new SpreadsheetExportOptions { Layout = SpreadsheetLayout.Vng });
/// </code>
/// </example>
public static class SpreadsheetExport
{
    /// <summary>Writes <paramref name="register"/> to <paramref name="stream"/>.</summary>
    /// <param name="register">The register to write.</param>
    /// <param name="stream">Where to write the file's bytes; it is neither flushed nor closed.</param>
    /// <param name="options">The format, layout and language.</param>
    public static void Write(Register register, Stream stream, SpreadsheetExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        var sheet = SpreadsheetSheetBuilder.Build(register, options.Layout, options.Language ?? register.Info.Language);
        switch (options.Format)
        {
            case SpreadsheetFormat.Xlsx:
                SpreadsheetWriter.WriteXlsx(stream, [sheet]);
                break;
            case SpreadsheetFormat.Csv:
                SpreadsheetWriter.WriteCsv(stream, sheet);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Format, "There is no such spreadsheet format.");
        }
    }
}
