namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>The non-empty cells a workbook may still hold before <see cref="SpreadsheetLimits.MaxCells"/> is reached.</summary>
/// <param name="limit">The most cells of the workbook.</param>
internal sealed class CellBudget(int limit)
{
    private int taken;

    /// <summary>Gets the most cells of the workbook.</summary>
    public int Limit { get; } = limit;

    /// <summary>Takes one cell from the budget.</summary>
    /// <returns><see langword="false"/> when the budget is spent.</returns>
    public bool Take()
    {
        if (taken >= Limit)
        {
            return false;
        }

        taken++;
        return true;
    }
}
