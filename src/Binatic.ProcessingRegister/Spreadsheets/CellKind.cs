namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>What a spreadsheet cell holds, as the file stores it.</summary>
internal enum CellKind
{
    /// <summary>Text, or a number stored as text (every CSV field is text).</summary>
    Text,

    /// <summary>A number; <see cref="SheetCell.IsDate"/> tells whether the cell's format shows it as a date.</summary>
    Number,

    /// <summary>TRUE or FALSE.</summary>
    Boolean,

    /// <summary>
    /// A formula. It is never evaluated: <see cref="SheetCell.Text"/> is the value the spreadsheet program last
    /// stored for it, if any, and <see cref="SheetCell.Formula"/> the formula itself.
    /// </summary>
    Formula,

    /// <summary>An error value such as <c>#REF!</c>.</summary>
    Error,
}
