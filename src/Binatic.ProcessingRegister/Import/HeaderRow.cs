using System.Collections.Immutable;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Import;

/// <summary>The header row of a sheet's table: which column holds what, and the headers that are no column of the layout.</summary>
/// <param name="Row">The header row.</param>
/// <param name="Columns">The layout's column in each sheet column that has one, by the sheet column's number.</param>
/// <param name="Unknown">The header cells that name no column of the layout.</param>
/// <param name="Language">The language most headers are written in (French counts as English).</param>
internal sealed record HeaderRow(SheetRow Row, ImmutableDictionary<int, LayoutColumn> Columns, ImmutableArray<SheetCell> Unknown, RegisterLanguage Language)
{
    /// <summary>The fewest headers a row must share with the layout to be taken as its header row.</summary>
    private const int MinimumMatches = 2;

    /// <summary>How many rows from the top of a sheet are searched for the header row.</summary>
    private const int RowsSearched = 30;

    /// <summary>Gets the header row of <paramref name="sheet"/>: among its first 30 rows, the one with most of the layout's headers.</summary>
    public static HeaderRow? Find(SheetTable sheet, SpreadsheetLayout layout)
    {
        var headers = Lookup(layout);
        HeaderRow? best = null;
        foreach (var row in sheet.Rows.Take(RowsSearched))
        {
            var columns = ImmutableDictionary.CreateBuilder<int, LayoutColumn>();
            var unknown = ImmutableArray.CreateBuilder<SheetCell>();
            var (english, dutch) = (0, 0);
            foreach (var cell in row.Cells)
            {
                if (headers.TryGetValue(HeaderText.Key(cell.Text), out var match) && !columns.ContainsValue(match.Column))
                {
                    columns[cell.Column] = match.Column;
                    english += match.Dutch ? 0 : 1;
                    dutch += match.Dutch ? 1 : 0;
                }
                else if (cell.MergedFrom is null)
                {
                    unknown.Add(cell);
                }
            }

            if (columns.Count >= MinimumMatches && columns.Count > (best?.Columns.Count ?? 0))
            {
                best = new HeaderRow(row, columns.ToImmutable(), unknown.ToImmutable(), dutch > english ? RegisterLanguage.Dutch : RegisterLanguage.English);
            }
        }

        return best;
    }

    private static Dictionary<string, (LayoutColumn Column, bool Dutch)> Lookup(SpreadsheetLayout layout)
    {
        var lookup = new Dictionary<string, (LayoutColumn, bool)>(StringComparer.Ordinal);
        foreach (var column in LayoutColumns.For(layout))
        {
            lookup.TryAdd(HeaderText.Key(column.Dutch), (column, true));
            lookup.TryAdd(HeaderText.Key(column.English), (column, false));
            if (column.French is { } french)
            {
                lookup.TryAdd(HeaderText.Key(french), (column, false));
            }

            foreach (var alias in column.Aliases)
            {
                lookup.TryAdd(HeaderText.Key(alias), (column, IsDutch(layout, column, alias)));
            }
        }

        return lookup;
    }

    // The VNG model's own aliases are Dutch; the CNIL's are French, which counts as English.
    private static bool IsDutch(SpreadsheetLayout layout, LayoutColumn column, string alias) =>
        layout == SpreadsheetLayout.Vng && !string.Equals(alias, column.English, StringComparison.Ordinal);
}
