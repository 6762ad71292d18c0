using System.Text;

namespace Binatic.ProcessingRegister.Tests.Import.Legacy;

/// <summary>
/// Writes a <see cref="LegacySheet"/> as Excel saves it as CSV: every cell as it is shown (a date in the program's own
/// format, a formula as its value), a merged range's value in its top-left cell only, empty rows as separators only,
/// fields quoted only when they hold the separator, a quote or a line break, and CRLF between records.
/// </summary>
/// <remarks>
/// Written by hand, not with a CSV library, because the point is to copy one program's output byte for byte: which
/// fields it quotes, that it pads every record to the sheet's width, and where it puts line breaks.
/// </remarks>
internal static class LegacyCsvWriter
{
    public static byte[] Write(LegacySheet sheet, char separator, bool byteOrderMark)
    {
        var width = sheet.Rows.Max(row => row.Length);
        var text = new StringBuilder();
        foreach (var row in sheet.Rows)
        {
            text.AppendJoin(separator, Enumerable.Range(0, width).Select(c => Field(c < row.Length ? row[c] : null, separator)));
            text.Append("\r\n");
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: byteOrderMark);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    private static string Field(object? cell, char separator)
    {
        var shown = cell switch
        {
            null => string.Empty,
            string text => text,
            SerialDate date => date.Shown,
            FormulaText formula => formula.CachedValue,
            _ => throw new ArgumentException($"A cell of type {cell.GetType()} is not a legacy sheet's.", nameof(cell)),
        };
        return shown.IndexOfAny([separator, '"', '\n', '\r']) >= 0 ? "\"" + shown.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : shown;
    }
}
