namespace Binatic.ProcessingRegister.Tests.Import.Legacy;

/// <summary>
/// One sheet of a legacy register as an officer keeps it: rows from row 1 down, each an array of cells from column A
/// (a <see cref="string"/>, a <see cref="SerialDate"/>, a <see cref="FormulaText"/>, or <see langword="null"/> for an
/// empty cell; an empty array is an empty row), the merged ranges, and the rows set in bold.
/// </summary>
internal sealed record LegacySheet(string Name, IReadOnlyList<object?[]> Rows)
{
    /// <summary>Gets the merged ranges, such as <c>A12:K12</c>; the value stands in the top-left cell only.</summary>
    public IReadOnlyList<string> Merges { get; init; } = [];

    /// <summary>Gets the rows (from 1) set in bold: the headings and the header.</summary>
    public IReadOnlySet<int> BoldRows { get; init; } = new HashSet<int>();

    /// <summary>Gets the width of every column, in characters, as the officer left it.</summary>
    public double ColumnWidth { get; init; } = 28;
}

/// <summary>A date as Excel stores it: the number of days since 30 December 1899, shown through a date format.</summary>
/// <param name="Date">The date.</param>
/// <param name="NumberFormat">The format code; <c>null</c> for Excel's built-in short date (number format 14).</param>
/// <param name="Shown">The date as the spreadsheet program shows it, which is what a CSV saved from it holds.</param>
internal sealed record SerialDate(DateOnly Date, string? NumberFormat, string Shown)
{
    public int Serial => Date.DayNumber - new DateOnly(1899, 12, 30).DayNumber;
}

/// <summary>A formula with the value Excel stored when it last calculated it; the import must not evaluate it.</summary>
internal sealed record FormulaText(string Formula, string CachedValue);
