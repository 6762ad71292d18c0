using System.Globalization;
using System.Text;
using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands, such as <c>::error file=a.yaml,line=3,col=5,title=RPR012::message</c>, which the
/// runner turns into annotations on the pull request. Accepted findings become notices that carry their reason, so a
/// reviewer still sees them without the job failing on them.
/// </summary>
internal sealed class GitHubFormatter : IReportFormatter
{
    private static readonly CliMessage Accepted = new("(accepted: {reason})", "(geaccepteerd: {reason})");

    public void Write(ValidationReport report, TextWriter output)
    {
        foreach (var finding in report.Findings)
        {
            output.WriteLine(Command(finding, report.LanguageOf(finding)));
        }
    }

    /// <summary>Formats one finding as a workflow command.</summary>
    /// <param name="finding">The finding, with a repository-relative file.</param>
    /// <param name="language">The language of its register, for the marker of an accepted finding.</param>
    /// <returns>The command on one line.</returns>
    public static string Command(Diagnostic finding, Model.RegisterLanguage language = Model.RegisterLanguage.English)
    {
        var command = finding.IsAccepted ? "notice" : finding.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "notice",
        };
        var builder = new StringBuilder("::").Append(command).Append(" file=").Append(EscapeProperty(finding.File));
        var location = finding.Location;
        if (location.HasPosition)
        {
            builder.Append(CultureInfo.InvariantCulture, $",line={location.Line},col={location.Column}");
            builder.Append(CultureInfo.InvariantCulture, $",endLine={location.EndLine},endColumn={location.EndColumn}");
        }

        builder.Append(",title=").Append(EscapeProperty(finding.RuleId)).Append("::");
        builder.Append(EscapeData(finding.IsAccepted ? $"{finding.Message} {Accepted.In(language, ("reason", finding.AcceptedReason))}" : finding.Message));
        return builder.ToString();
    }

    /// <summary>
    /// Escapes a command's message as actions/toolkit's <c>escapeData</c> does, and shows every other character a
    /// reader cannot see as its code, <c>\uXXXX</c>.
    /// </summary>
    /// <remarks>
    /// The runner decodes only <c>%25</c>, <c>%0D</c>, <c>%0A</c>, <c>%3A</c> and <c>%2C</c>, so another control
    /// character, such as a terminal escape in a file name, could only be written raw, and would colour the job's log;
    /// a bidirectional override would reorder the annotation. Shown as its code, an annotation on a file with such a
    /// name names a file that is not there, a price paid only by names no one would choose.
    /// </remarks>
    /// <param name="value">The message, or a property value.</param>
    /// <returns>The value with <c>%</c>, carriage returns and line feeds escaped, and nothing invisible left.</returns>
    public static string EscapeData(string value) =>
        VisibleText.Show(
            value.Replace("%", "%25", StringComparison.Ordinal)
                .Replace("\r", "%0D", StringComparison.Ordinal)
                .Replace("\n", "%0A", StringComparison.Ordinal));

    /// <summary>Escapes a property value as actions/toolkit's <c>escapeProperty</c> does.</summary>
    /// <param name="value">The property value, such as a file path.</param>
    /// <returns>The value with <c>%</c>, line breaks, <c>:</c> and <c>,</c> escaped.</returns>
    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
