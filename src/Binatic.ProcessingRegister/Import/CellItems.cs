using System.Collections.Immutable;

namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// Splits a list cell of a spreadsheet into its items: one per line, as the export writes them, and also on <c>;</c>
/// and on the bullets officers type ("•", "·", "- ", "* ", "1.", "2)").
/// </summary>
/// <remarks>
/// In a cell of several lines each line is one item, as the export writes them, and a semicolon in a line is the
/// item's own text ("Staff are bound to secrecy; yearly training"). In a cell of one line a semicolon separates items
/// only where it stands between two names: not inside parentheses, and not after the <c>": "</c> or <c>" — "</c> that
/// starts what an item says about its name ("US: clauses; derogation", "Health data — special category; criminal
/// offence data"), where the export writes it between the facts of one item.
/// </remarks>
/// <remarks>
/// Commas do not split: the names of data categories and recipients hold them ("Naam, adres en woonplaats",
/// "Belastingdienst, afdeling Toeslagen"), and a comma inside one item cannot be told from a comma between two, so
/// splitting on it would turn one category into several. A semicolon is never part of such a name.
/// </remarks>
internal static class CellItems
{
    // Bullets that mark an item wherever they stand; "-" and "*" only at the start of a line, where they cannot be a
    // hyphen ("e-mail") or a footnote mark.
    private static readonly char[] Separators = ['\r', '\n', '•', '·', '◦', '▪', '‣'];

    // How many digits a numbered item's number may have ("12. Naam"); a year ("2024.") is no item number.
    private const int LongestItemNumber = 2;

    /// <summary>Gets the items of a list cell.</summary>
    /// <param name="cell">The cell's text.</param>
    /// <returns>The items, in order, trimmed, without empty ones.</returns>
    public static ImmutableArray<string> Split(string cell)
    {
        var items = ImmutableArray.CreateBuilder<string>();
        var parts = cell.Split(Separators);
        var severalLines = parts.Count(part => part.Trim().Length > 0) > 1;
        foreach (var part in parts)
        {
            foreach (var piece in severalLines ? [part] : AtSemicolons(part))
            {
                var item = WithoutMarker(piece.Trim()).Trim();
                if (item.Length > 0)
                {
                    items.Add(item);
                }
            }
        }

        return items.ToImmutable();
    }

    private static IEnumerable<string> AtSemicolons(string line)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ':' when i + 1 < line.Length && line[i + 1] == ' ':
                case '—':
                    // What follows describes the item; its semicolons are the item's own.
                    yield return line[start..];
                    yield break;
                case ';' when depth == 0:
                    yield return line[start..i];
                    start = i + 1;
                    break;
            }
        }

        yield return line[start..];
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
