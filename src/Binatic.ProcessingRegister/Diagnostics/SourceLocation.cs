using System.Globalization;

namespace Binatic.ProcessingRegister.Diagnostics;

/// <summary>
/// A span of text in a register file. Lines and columns count from 1, as editors show them;
/// <see cref="EndLine"/> and <see cref="EndColumn"/> point just past the last character, which is the
/// convention of YamlDotNet's <c>Mark</c> and of SARIF regions.
/// A <see cref="Line"/> of 0 means the finding is about the file as a whole.
/// </summary>
/// <param name="File">The file's display name: the path as the user gave it, or the name passed to the loader.</param>
/// <param name="Line">The first line of the span, from 1; 0 for the whole file.</param>
/// <param name="Column">The first column of the span, from 1; 0 for the whole file.</param>
/// <param name="EndLine">The line on which the span ends.</param>
/// <param name="EndColumn">The column just past the end of the span.</param>
public sealed record SourceLocation(string File, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>Gets a location that stands for the whole of <paramref name="file"/>.</summary>
    /// <param name="file">The file's display name.</param>
    /// <returns>A location with line and column 0.</returns>
    public static SourceLocation WholeFile(string file) => new(file, 0, 0, 0, 0);

    /// <summary>
    /// Gets the empty span at line 1, column 1 of <paramref name="file"/>, where a finding about a file read from disk
    /// as a whole (empty, too large, unreadable, in another encoding) is placed: GitHub annotations and SARIF results
    /// without a line are not attached to the file.
    /// </summary>
    /// <param name="file">The file's display name.</param>
    /// <returns>A location at line 1, column 1.</returns>
    public static SourceLocation StartOfFile(string file) => new(file, 1, 1, 1, 1);

    /// <summary>
    /// Gets the location of one cell of a spreadsheet: <see cref="Line"/> is the cell's row and <see cref="Column"/> its
    /// column, both from 1, as a spreadsheet program numbers them (column 3 is <c>C</c>).
    /// </summary>
    /// <param name="file">The spreadsheet's display name.</param>
    /// <param name="sheet">The sheet's name; <see langword="null"/> for a CSV file, which has one unnamed sheet.</param>
    /// <param name="row">The cell's row, from 1.</param>
    /// <param name="column">The cell's column, from 1.</param>
    /// <returns>A location that prints as <c>file.xlsx!Sheet!C12</c>, or <c>file.csv!C12</c>.</returns>
    public static SourceLocation Cell(string file, string? sheet, int row, int column) =>
        new(file, row, column, row, column + 1) { Sheet = sheet, IsCell = true };

    /// <summary>Gets the sheet of a spreadsheet cell; <see langword="null"/> for text files and for a CSV file's cells.</summary>
    public string? Sheet { get; init; }

    /// <summary>Gets a value indicating whether this location is a spreadsheet cell (see <see cref="Cell"/>).</summary>
    public bool IsCell { get; init; }

    /// <summary>Gets a value indicating whether this location names a line and column, not just the file.</summary>
    public bool HasPosition => Line > 0;

    /// <summary>
    /// Gets the spreadsheet name of a column: 1 is <c>A</c>, 26 is <c>Z</c>, 27 is <c>AA</c>.
    /// </summary>
    /// <param name="column">The column, from 1.</param>
    /// <returns>The column's letters.</returns>
    public static string ColumnLetters(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        var letters = string.Empty;
        for (var rest = column; rest > 0; rest = (rest - 1) / 26)
        {
            letters = (char)('A' + ((rest - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>
    /// Formats the location as compilers do: <c>file(line,column)</c>, or just <c>file</c> without a position; a
    /// spreadsheet cell as a spreadsheet program names it, <c>file.xlsx!Sheet!C12</c> (<c>file.csv!C12</c>). Line
    /// breaks, control and format characters in the file name are shown as their code (<c>\n</c>, <c>\u001B</c>),
    /// since a name such as <c>"a\nb.yaml(1,1): error RPR001: …"</c> would otherwise print a finding of its own.
    /// </summary>
    /// <returns>The location in MSBuild's canonical form, on one line.</returns>
    public override string ToString() =>
        IsCell ? VisibleText.Show(File) + "!" + (Sheet is null ? string.Empty : VisibleText.Show(Sheet) + "!") + ColumnLetters(Column) + Line.ToString(CultureInfo.InvariantCulture)
        : HasPosition ? string.Create(CultureInfo.InvariantCulture, $"{VisibleText.Show(File)}({Line},{Column})") : VisibleText.Show(File);
}
