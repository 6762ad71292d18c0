using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>
/// Ends the reading of a spreadsheet from deep inside it (a limit reached in the middle of a sheet) with the located
/// error that says why; <see cref="SpreadsheetReader"/> catches it and returns that error, never the exception.
/// </summary>
/// <param name="diagnostic">The error that stops the reading.</param>
internal sealed class StopReading(Diagnostic diagnostic) : Exception(diagnostic.RuleId)
{
    /// <summary>Gets the error that stopped the reading.</summary>
    public Diagnostic Diagnostic { get; } = diagnostic;
}
