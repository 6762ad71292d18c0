using System.Collections.Immutable;

namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>A spreadsheet file as read: its display name, its format and its sheets in the workbook's order.</summary>
/// <param name="File">The file's display name, used in every location.</param>
/// <param name="Format">The file's format.</param>
/// <param name="Sheets">The sheets; a CSV file has one, without a name.</param>
internal sealed record Workbook(string File, SpreadsheetFormat Format, ImmutableArray<SheetTable> Sheets);
