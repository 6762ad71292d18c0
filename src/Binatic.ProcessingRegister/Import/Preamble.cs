using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// The lines above the table: a label in column A (any of <see cref="LayoutColumns.Preamble"/>, in English, Dutch or
/// French) and its value in the next cell, giving the register's title and the controller's details.
/// </summary>
internal sealed class Preamble
{
    private readonly Dictionary<PreambleField, (string Value, SheetCell Cell)> _values = [];

    /// <summary>Gets the register's title.</summary>
    public string? Title => Value(PreambleField.Title);

    /// <summary>Gets the controller's name.</summary>
    public string? ControllerName => Value(PreambleField.ControllerName);

    /// <summary>Reads the lines above the header row.</summary>
    public static Preamble Read(IEnumerable<SheetRow> rows)
    {
        var labels = new Dictionary<string, PreambleField>(StringComparer.Ordinal);
        foreach (var label in LayoutColumns.Preamble)
        {
            labels.TryAdd(HeaderText.Key(label.English), label.Field);
            labels.TryAdd(HeaderText.Key(label.Dutch), label.Field);
            labels.TryAdd(HeaderText.Key(label.French), label.Field);
        }

        var preamble = new Preamble();
        foreach (var row in rows)
        {
            if (row[1] is not { } label || !labels.TryGetValue(HeaderText.Key(label.Text), out var field))
            {
                continue;
            }

            if (row.Cells.FirstOrDefault(cell => cell.Column > 1 && cell.Text.Trim().Length > 0) is { } value)
            {
                preamble._values.TryAdd(field, (CellValue.Text(value), value));
            }
        }

        return preamble;
    }

    /// <summary>Gets the value of <paramref name="field"/>, or <see langword="null"/> when the sheet does not give it.</summary>
    public string? Value(PreambleField field) => _values.TryGetValue(field, out var found) ? found.Value : null;

    /// <summary>Gets the cell of <paramref name="field"/>'s value.</summary>
    public SheetCell? CellOf(PreambleField field) => _values.TryGetValue(field, out var found) ? found.Cell : null;
}
