using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Cli.Output;

/// <summary>What one <c>validate</c> run found, in the order it is printed, for a formatter to write.</summary>
/// <param name="Registers">How many register files were read and checked; files that could not be read are not among them.</param>
/// <param name="Findings">Every finding, with file paths already relative to where the output is read.</param>
internal sealed record ValidationReport(int Registers, IReadOnlyList<Diagnostic> Findings)
{
    /// <summary>Gets how many files were to be checked but could not be read (each reported on standard error).</summary>
    public int Unreadable { get; init; }

    /// <summary>Gets the language of the rules' texts, where a format lists them (SARIF); the findings carry their own.</summary>
    public RegisterLanguage Language { get; init; } = RegisterLanguage.English;

    /// <summary>
    /// Gets the language each register's findings are written in, by the file as the findings show it; a file not
    /// listed is in <see cref="Language"/>.
    /// </summary>
    public IReadOnlyDictionary<string, RegisterLanguage> FileLanguages { get; init; } = new Dictionary<string, RegisterLanguage>();

    /// <summary>Gets the number of errors that are not accepted.</summary>
    public int Errors => Count(DiagnosticSeverity.Error);

    /// <summary>Gets the number of warnings that are not accepted.</summary>
    public int Warnings => Count(DiagnosticSeverity.Warning);

    /// <summary>Gets the number of infos that are not accepted.</summary>
    public int Infos => Count(DiagnosticSeverity.Info);

    /// <summary>Gets the number of findings the registers accept on purpose, whatever their severity.</summary>
    public int Accepted => Findings.Count(finding => finding.IsAccepted);

    /// <summary>Gets the language <paramref name="finding"/> is written in, for the words a format adds to it.</summary>
    public RegisterLanguage LanguageOf(Diagnostic finding) => FileLanguages.GetValueOrDefault(finding.File, Language);

    private int Count(DiagnosticSeverity severity) =>
        Findings.Count(finding => !finding.IsAccepted && finding.Severity == severity);
}
