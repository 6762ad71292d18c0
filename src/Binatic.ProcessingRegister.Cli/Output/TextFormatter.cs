using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Cli.Output;

/// <summary>
/// The canonical compiler format, <c>path(line,col): error RPR0xx: message</c>, that MSBuild, editors and log
/// parsers recognise, and a summary line. Only the severity word is coloured, so a parser that strips ANSI
/// sequences still reads the same line.
/// </summary>
/// <param name="colour">Whether to colour the severity word; the caller decides from the terminal and <c>NO_COLOR</c>.</param>
internal sealed class TextFormatter(bool colour) : IReportFormatter
{
    private const string Reset = "\u001b[0m";

    private static readonly CliMessage Accepted = new("(accepted: {reason})", "(geaccepteerd: {reason})");

    public void Write(ValidationReport report, TextWriter output)
    {
        foreach (var finding in report.Findings)
        {
            var line = Line(finding, report.LanguageOf(finding));
            output.WriteLine(colour ? Coloured(finding, line) : line);
        }

        output.WriteLine(report.Language == RegisterLanguage.Dutch ? DutchSummary(report) : Summary(report));
    }

    private static string Summary(ValidationReport report) =>
        $"{report.Registers} {Plural(report.Registers, "register")} checked" +
        $"{(report.Unreadable > 0 ? $", {report.Unreadable} could not be read" : string.Empty)}: " +
        $"{report.Errors} {Plural(report.Errors, "error")}, {report.Warnings} {Plural(report.Warnings, "warning")}" +
        $"{(report.Accepted > 0 ? $", {report.Accepted} accepted" : string.Empty)}.";

    // The findings' severity words stay English in every language: they are the canonical format that tools parse.
    private static string DutchSummary(ValidationReport report) =>
        $"{report.Registers} {Plural(report.Registers, "register")} gecontroleerd" +
        $"{(report.Unreadable > 0 ? $", {report.Unreadable} {(report.Unreadable == 1 ? "kon" : "konden")} niet worden gelezen" : string.Empty)}: " +
        $"{report.Errors} {(report.Errors == 1 ? "fout" : "fouten")}, {report.Warnings} {(report.Warnings == 1 ? "waarschuwing" : "waarschuwingen")}" +
        $"{(report.Accepted > 0 ? $", {report.Accepted} geaccepteerd" : string.Empty)}.";

    /// <summary>
    /// Gets the finding as <see cref="Diagnostic.ToString"/> writes it, with the marker of an accepted finding in its
    /// register's language; the severity word stays English, as parsers read it.
    /// </summary>
    internal static string Line(Diagnostic finding, RegisterLanguage language) =>
        finding.IsAccepted
            ? $"{finding with { AcceptedReason = null }} {Accepted.In(language, ("reason", finding.AcceptedReason))}"
            : finding.ToString();

    private static string Coloured(Diagnostic finding, string plain)
    {
        // The plain line is the contract; colour is inserted around its severity word, never composed separately.
        var prefix = $"{finding.Location}: ";
        var word = SeverityWord.Of(finding.Severity);
        var code = finding.IsAccepted ? "\u001b[2m" : finding.Severity switch
        {
            DiagnosticSeverity.Error => "\u001b[31m",
            DiagnosticSeverity.Warning => "\u001b[33m",
            _ => "\u001b[36m",
        };
        return prefix + code + word + Reset + plain[(prefix.Length + word.Length)..];
    }

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";
}
