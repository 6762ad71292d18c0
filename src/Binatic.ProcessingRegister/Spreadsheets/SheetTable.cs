using System.Collections.Immutable;

namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>One sheet as read from a spreadsheet file: its name and its non-empty rows, in order.</summary>
/// <param name="Name">The sheet's name as the workbook gives it; <see langword="null"/> for a CSV file.</param>
/// <param name="Rows">The rows with at least one non-empty cell; empty rows are left out, so numbers may skip.</param>
internal sealed record SheetTable(string? Name, ImmutableArray<SheetRow> Rows);
