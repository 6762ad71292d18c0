using System.Collections.Immutable;

namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// Splits a list cell of a spreadsheet into its items: one per line, as the export writes them, and also on <c>;</c>
/// and on the bullets officers type ("•", "·", "- ", "* ", "1.", "2)").
/// </summary>
/// <remarks>
/// Commas do not split: the names of data categories and recipients hold them ("Naam, adres en woonplaats",
/// "Belastingdienst, afdeling Toeslagen"), and a comma inside one item cannot be told from a comma between two, so
/// splitting on it would turn one category into several. A semicolon is never part of such a name.
/// </remarks>
internal static class CellItems
{
    // Bullets that mark an item wherever they stand; "-" and "*" only at the start of a line, where they cannot be a
    // hyphen ("e-mail") or a footnote mark.
    private static readonly char[] Separators = ['\r', '\n', ';', '•', '·', '◦', '▪', '‣'];

    // How many digits a numbered item's number may have ("12. Naam"); a year ("2024.") is no item number.
    private const int LongestItemNumber = 2;

    /// <summary>Gets the items of a list cell.</summary>
    /// <param name="cell">The cell's text.</param>
    /// <returns>The items, in order, trimmed, without empty ones.</returns>
    public static ImmutableArray<string> Split(string cell)
    {
        var items = ImmutableArray.CreateBuilder<string>();
        foreach (var part in cell.Split(Separators))
        {
            var item = WithoutMarker(part.Trim()).Trim();
            if (item.Length > 0)
            {
                items.Add(item);
            }
        }

        return items.ToImmutable();
    }

    private static string WithoutMarker(string line)
    {
        if (line.Length >= 2 && line[0] is '-' or '*' or '–' && char.IsWhiteSpace(line[1]))
        {
            return line[2..];
        }

        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits is > 0 and <= LongestItemNumber && digits + 1 < line.Length && line[digits] is '.' or ')' && char.IsWhiteSpace(line[digits + 1])
            ? line[(digits + 1)..]
            : line;
    }
}
