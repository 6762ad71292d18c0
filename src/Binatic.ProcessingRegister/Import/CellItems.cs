using System.Collections.Immutable;

namespace Binatic.ProcessingRegister.Import;

/// <summary>Splits a list cell of a spreadsheet into its items.</summary>
internal static class CellItems
{
    /// <summary>Gets the items of a list cell: one per line, also split on <c>;</c> and bullets; trimmed, empties dropped.</summary>
    /// <param name="cell">The cell's text.</param>
    /// <returns>The items, in order.</returns>
    public static ImmutableArray<string> Split(string cell) =>
        [.. cell.Split(['\r', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
