using System.Globalization;

namespace Binatic.ProcessingRegister.Diagnostics;

/// <summary>
/// The words for <see cref="DiagnosticSeverity"/> in text for people and log parsers: <c>error</c>, <c>warning</c>
/// and <c>info</c>, as in <c>registers/example.yaml(3,5): warning RPR013: …</c>.
/// </summary>
/// <remarks>
/// <see cref="Diagnostic.ToString"/>, the <c>processing-register</c> tool's output and its <c>--severity</c> option
/// all use these words, so that what one prints another reads back. Other formats keep their own vocabulary: SARIF
/// calls an info a <c>note</c>, GitHub a <c>notice</c>.
/// </remarks>
/// <example>
/// <code>
/// SeverityWord.Of(DiagnosticSeverity.Warning);                // "warning"
/// SeverityWord.TryParse("Error", out var severity);           // true, DiagnosticSeverity.Error
/// </code>
/// </example>
public static class SeverityWord
{
    private const string Error = "error";
    private const string Warning = "warning";
    private const string Info = "info";

    /// <summary>Gets the word for <paramref name="severity"/>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>
    /// <c>error</c>, <c>warning</c> or <c>info</c>, in lower case. A value the enum does not define is written as its
    /// number, so that a finding can always be printed.
    /// </returns>
    public static string Of(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Error,
        DiagnosticSeverity.Warning => Warning,
        DiagnosticSeverity.Info => Info,
        _ => ((int)severity).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Reads a severity written as <see cref="Of"/> writes it, ignoring case.</summary>
    /// <param name="word">The word, such as <c>warning</c> or <c>Error</c>.</param>
    /// <param name="severity">The severity the word names; <see cref="DiagnosticSeverity.Info"/> when it names none.</param>
    /// <returns><see langword="true"/> when <paramref name="word"/> names a severity.</returns>
    public static bool TryParse(string? word, out DiagnosticSeverity severity)
    {
        foreach (var candidate in (ReadOnlySpan<DiagnosticSeverity>)[DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Info])
        {
            if (string.Equals(word, Of(candidate), StringComparison.OrdinalIgnoreCase))
            {
                severity = candidate;
                return true;
            }
        }

        severity = DiagnosticSeverity.Info;
        return false;
    }
}
