namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>
/// One non-empty cell of a sheet as read from the file. Rows and columns count from 1, as spreadsheet programs show
/// them (column 3 is C).
/// </summary>
/// <param name="Row">The cell's row, from 1.</param>
/// <param name="Column">The cell's column, from 1.</param>
/// <param name="Text">
/// The cell's value as text: the string as stored, a number in invariant culture (<c>45123</c>, <c>7.5</c>), <c>TRUE</c>
/// or <c>FALSE</c>, or a formula's last stored value. Never null; an empty cell is not read at all.
/// </param>
internal sealed record SheetCell(int Row, int Column, string Text)
{
    /// <summary>Gets what the cell holds.</summary>
    public CellKind Kind { get; init; } = CellKind.Text;

    /// <summary>Gets the cell's number, for <see cref="CellKind.Number"/> (an Excel date is its serial number).</summary>
    public double? Number { get; init; }

    /// <summary>Gets a value indicating whether the cell is a number formatted as a date (an Excel serial date).</summary>
    public bool IsDate { get; init; }

    /// <summary>Gets the formula of a <see cref="CellKind.Formula"/> cell, without the leading <c>=</c>.</summary>
    public string? Formula { get; init; }

    /// <summary>
    /// Gets the top-left cell of the merged range this cell lies in, when it is not that cell itself: the reader gives
    /// every cell of a merged range the range's value, as a reader of the sheet sees it.
    /// </summary>
    public (int Row, int Column)? MergedFrom { get; init; }
}
