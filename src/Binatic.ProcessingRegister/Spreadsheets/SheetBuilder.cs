using System.Collections.Immutable;
using System.Globalization;
using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>
/// Gathers one sheet's non-empty cells as they are read, within the limits: the rows of the sheet, the cells of the
/// whole workbook (<see cref="CellBudget"/>) and the length of a cell; then fills merged ranges and orders it all.
/// </summary>
/// <param name="file">The file's display name.</param>
/// <param name="sheet">The sheet's name; <see langword="null"/> for CSV.</param>
/// <param name="limits">The limits.</param>
/// <param name="budget">The cells the workbook may still hold.</param>
internal sealed class SheetBuilder(string file, string? sheet, SpreadsheetLimits limits, CellBudget budget)
{
    private static readonly MessageTemplate TooManyRows = new(
        "{where} has more than {limit} rows; reading stopped here, at row {row}. Split the register over several files, or remove the rows it does not need.",
        "{where} heeft meer dan {limit} rijen; het lezen is hier gestopt, bij rij {row}. Verdeel het register over meer bestanden, of verwijder de rijen die het niet nodig heeft.");

    private static readonly MessageTemplate TooManyCells = new(
        "The file has more than {limit} non-empty cells; reading stopped here, in {where}. Split the register over several files, or remove the cells it does not need.",
        "Het bestand heeft meer dan {limit} niet-lege cellen; het lezen is hier gestopt, in {where}. Verdeel het register over meer bestanden, of verwijder de cellen die het niet nodig heeft.");

    private static readonly MessageTemplate TooLong = new(
        "The cell holds {length} characters, more than the {limit} that are read from one cell (Excel's own limit is 32,767). Shorten the text, or move it to a document the register refers to.",
        "De cel bevat {length} tekens, meer dan de {limit} die uit één cel worden gelezen (de grens van Excel zelf is 32.767). Kort de tekst in, of verplaats hem naar een document waarnaar het register verwijst.");

    private static readonly MessageTemplate SheetNamed = new("Sheet '{sheet}'", "Werkblad '{sheet}'");

    private static readonly MessageTemplate TheFile = new("The file", "Het bestand");

    private static readonly MessageTemplate InSheet = new("sheet '{sheet}'", "werkblad '{sheet}'");

    private static readonly MessageTemplate InFile = new("the file", "het bestand");

    private readonly Dictionary<int, Dictionary<int, SheetCell>> rows = [];
    private readonly List<(int Top, int Left, int Bottom, int Right)> merges = [];

    /// <summary>Adds a non-empty cell; a second cell at the same place replaces the first.</summary>
    /// <param name="cell">The cell.</param>
    /// <exception cref="StopReading">A limit is reached.</exception>
    public void Add(SheetCell cell)
    {
        if (cell.Text.Length > limits.MaxCellCharacters)
        {
            throw Stop(DiagnosticIds.CellTooLong, cell.Row, cell.Column, TooLong.With(("length", Count(cell.Text.Length)), ("limit", Count(limits.MaxCellCharacters))));
        }

        if (!rows.TryGetValue(cell.Row, out var row))
        {
            if (rows.Count >= limits.MaxRows)
            {
                throw Stop(DiagnosticIds.SheetTooLarge, cell.Row, cell.Column, TooManyRows.With(("where", Where(SheetNamed, TheFile)), ("limit", Count(limits.MaxRows)), ("row", cell.Row)));
            }

            row = [];
            rows.Add(cell.Row, row);
        }

        if (!row.ContainsKey(cell.Column) && !budget.Take())
        {
            throw Stop(DiagnosticIds.SheetTooLarge, cell.Row, cell.Column, TooManyCells.With(("limit", Count(budget.Limit)), ("where", Where(InSheet, InFile))));
        }

        row[cell.Column] = cell;
    }

    /// <summary>Notes a merged range, filled with its top-left cell's value by <see cref="Build"/>.</summary>
    /// <param name="top">The range's first row.</param>
    /// <param name="left">The range's first column.</param>
    /// <param name="bottom">The range's last row.</param>
    /// <param name="right">The range's last column.</param>
    public void Merge(int top, int left, int bottom, int right) => merges.Add((top, left, bottom, right));

    /// <summary>Fills the merged ranges and returns the sheet, its rows and cells in order.</summary>
    /// <exception cref="StopReading">A limit is reached while filling a merged range.</exception>
    public SheetTable Build()
    {
        foreach (var (top, left, bottom, right) in merges)
        {
            if (!rows.TryGetValue(top, out var first) || !first.TryGetValue(left, out var origin))
            {
                continue;
            }

            // Every cell of the range counts against the limits, so a range of the whole sheet stops at them.
            for (var row = top; row <= bottom; row++)
            {
                for (var column = left; column <= right; column++)
                {
                    if (row != top || column != left)
                    {
                        Add(origin with { Row = row, Column = column, MergedFrom = (top, left) });
                    }
                }
            }
        }

        var ordered = rows.OrderBy(row => row.Key)
            .Select(row => new SheetRow(row.Key, [.. row.Value.Values.OrderBy(cell => cell.Column)]));
        return new SheetTable(sheet, [.. ordered]);
    }

    private MessageText Where(MessageTemplate named, MessageTemplate unnamed) =>
        sheet is null ? unnamed.Text() : named.With(("sheet", sheet));

    private StopReading Stop(string id, int row, int column, MessageText message) =>
        new(new Diagnostic(id, DiagnosticSeverity.Error, message, SourceLocation.Cell(file, sheet, row, column), string.Empty));

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
