using System.Collections.Immutable;

namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>
/// One sheet to write: a few lines about the register above the table (label in column A, value in column B), the
/// table's header row, frozen so it stays in view, and its rows.
/// </summary>
/// <param name="Name">The sheet's name (at most 31 characters, as Excel requires); not written to CSV.</param>
/// <param name="Preamble">Rows above the header row, such as the controller's name and contact details.</param>
/// <param name="Header">The header row.</param>
/// <param name="Rows">The table's rows, each as wide as <paramref name="Header"/>; a cell may hold line breaks.</param>
/// <param name="ColumnWidths">The width of each column, in characters.</param>
internal sealed record SheetContent(
    string Name,
    ImmutableArray<ImmutableArray<string>> Preamble,
    ImmutableArray<string> Header,
    ImmutableArray<ImmutableArray<string>> Rows,
    ImmutableArray<double> ColumnWidths);
