using System.Collections.Immutable;

namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>One row of a sheet that has at least one non-empty cell.</summary>
/// <param name="Number">The row's number, from 1.</param>
/// <param name="Cells">The row's non-empty cells, by column.</param>
internal sealed record SheetRow(int Number, ImmutableArray<SheetCell> Cells)
{
    /// <summary>Gets the cell in <paramref name="column"/>, or <see langword="null"/> when it is empty.</summary>
    /// <param name="column">The column, from 1.</param>
    public SheetCell? this[int column] => Cells.FirstOrDefault(cell => cell.Column == column);
}
