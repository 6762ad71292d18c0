namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>The label of a line above the table, in each language an import accepts.</summary>
/// <param name="Field">What the line holds.</param>
/// <param name="English">The label in English.</param>
/// <param name="Dutch">The label in Dutch.</param>
/// <param name="French">The label in French.</param>
internal sealed record PreambleLabel(PreambleField Field, string English, string Dutch, string French);
