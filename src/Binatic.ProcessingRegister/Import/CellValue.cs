using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Import;

/// <summary>The text of a cell as the import reads it.</summary>
internal static class CellValue
{
    /// <summary>
    /// Gets the cell's text without the apostrophe that an export puts before a leading <c>=</c>, <c>+</c>, <c>-</c> or
    /// <c>@</c> against formula injection, and without surrounding spaces.
    /// </summary>
    public static string Text(SheetCell cell)
    {
        var text = cell.Text;
        if (text.Length > 1 && text[0] == '\'' && text[1] is '=' or '+' or '-' or '@')
        {
            text = text[1..];
        }

        return text.Trim();
    }
}
