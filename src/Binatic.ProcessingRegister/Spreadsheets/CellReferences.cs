namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>Reads A1-style cell references (<c>C12</c>) and ranges (<c>A1:C3</c>) as a workbook stores them.</summary>
internal static class CellReferences
{
    /// <summary>The last column of a sheet (XFD).</summary>
    public const int MaxColumn = 16_384;

    /// <summary>The last row of a sheet.</summary>
    public const int MaxRow = 1_048_576;

    /// <summary>Reads a cell reference such as <c>C12</c> or <c>$C$12</c>.</summary>
    /// <param name="reference">The reference.</param>
    /// <param name="cell">The cell's row and column, from 1.</param>
    /// <returns><see langword="false"/> for a missing reference or one outside a sheet.</returns>
    public static bool TryParse(string? reference, out (int Row, int Column) cell)
    {
        cell = default;
        if (string.IsNullOrEmpty(reference))
        {
            return false;
        }

        var text = reference.AsSpan();
        var index = 0;
        var column = 0;
        if (index < text.Length && text[index] == '$')
        {
            index++;
        }

        for (; index < text.Length && char.IsAsciiLetter(text[index]); index++)
        {
            column = (column * 26) + (char.ToUpperInvariant(text[index]) - 'A' + 1);
            if (column > MaxColumn)
            {
                return false;
            }
        }

        if (index < text.Length && text[index] == '$')
        {
            index++;
        }

        var row = 0;
        var digits = 0;
        for (; index < text.Length && char.IsAsciiDigit(text[index]); index++, digits++)
        {
            row = (row * 10) + (text[index] - '0');
            if (row > MaxRow)
            {
                return false;
            }
        }

        if (index != text.Length || column == 0 || digits == 0 || row == 0)
        {
            return false;
        }

        cell = (row, column);
        return true;
    }

    /// <summary>Reads a range such as <c>A1:C3</c>; one cell (<c>B2</c>) is a range of itself.</summary>
    /// <param name="reference">The range.</param>
    /// <param name="range">Its corners, the top-left first.</param>
    /// <returns><see langword="false"/> for a missing or invalid range.</returns>
    public static bool TryParseRange(string? reference, out (int Top, int Left, int Bottom, int Right) range)
    {
        range = default;
        if (string.IsNullOrEmpty(reference))
        {
            return false;
        }

        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        var first = colon < 0 ? reference : reference[..colon];
        var last = colon < 0 ? reference : reference[(colon + 1)..];
        if (!TryParse(first, out var start) || !TryParse(last, out var end))
        {
            return false;
        }

        range = (Math.Min(start.Row, end.Row), Math.Min(start.Column, end.Column), Math.Max(start.Row, end.Row), Math.Max(start.Column, end.Column));
        return true;
    }
}
