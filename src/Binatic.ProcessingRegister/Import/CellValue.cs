using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Import;

/// <summary>The text of a cell as the import reads it.</summary>
internal static class CellValue
{
    // What officers write in a list cell that has nothing to list; for the transfer columns CountryRecogniser.IsNone
    // also takes "EU" and "EER", which say that no third country is involved.
    private static readonly HashSet<string> NothingWords = new(StringComparer.Ordinal)
    {
        "-", "–", "—", "n.v.t.", "n.v.t", "nvt", "n/a", "na", "none", "geen", "niet van toepassing", "not applicable", "néant", "aucun", "aucune", "sans objet",
    };

    /// <summary>
    /// Gets the cell's text without the apostrophe that an export puts before a leading <c>=</c>, <c>+</c>, <c>-</c> or
    /// <c>@</c> against formula injection (<see cref="FormulaEscaping"/>), and without surrounding spaces.
    /// </summary>
    public static string Text(SheetCell cell) => FormulaEscaping.Unescape(cell.Text).Trim();

    /// <summary>Gets a value indicating whether a list cell says there is nothing to list: "n.v.t.", "none", "-", "No".</summary>
    public static bool SaysNothing(string text) =>
        NothingWords.Contains(HeaderText.Name(text)) || YesNoRecogniser.Recognise(text) == false;
}
