using System.CommandLine;
using System.Text;
using Binatic.ProcessingRegister.Cli.Output;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.NoticeCheck;

namespace Binatic.ProcessingRegister.Cli;

/// <summary>
/// <c>check-notice</c>: compares a published privacy notice (plain text, Markdown or HTML) with a register and prints
/// what one states and the other does not, located in the notice or in the register, as <c>validate</c> prints findings.
/// </summary>
/// <remarks>
/// A register that does not load is reported as <c>validate</c> reports it, and the notice is not compared. The GDPR
/// rules are not run (that is <c>validate</c>'s job). The exit code follows <c>validate</c>: errors (or warnings with
/// <c>--warnings-as-errors</c>) give <see cref="ExitCodes.ErrorsFound"/>.
/// </remarks>
internal static class CheckNoticeCommand
{
    private const string Text = "text";
    private const string Sarif = "sarif";
    private const string Json = "json";
    private const string GitHub = "github";

    public static Command Create(TextWriter output, TextWriter error, bool colour)
    {
        var registerPath = new Argument<string>("register") { Description = "The register the notice should agree with." };
        var noticePath = new Argument<string>("notice") { Description = "The published notice: .txt (plain text), .md (Markdown) or .html (HTML)." };
        var language = LanguageOption.Create("the register's own language (register.language)");
        var format = new Option<string>("--format")
        {
            Description = "How to print findings: text (path(line,col): warning RPR2xx: message), github (workflow commands, shown as annotations on the notice's lines in a pull request), sarif (SARIF 2.1.0) or json (findings and a summary).",
            DefaultValueFactory = _ => Text,
        };
        format.AcceptOnlyFromAmong(Text, GitHub, Sarif, Json);
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = $"Exit with {ExitCodes.ErrorsFound} on warnings too." };
        var limits = new LoadLimitOptions(language);
        var command = new Command(
            "check-notice",
            "Compare a published privacy notice (plain text, Markdown or HTML; Dutch or English) with a register, and report what one states and the other does not: " +
            "purposes, data categories, recipients, transfer countries and safeguards, retention periods and rights, and the Privacy Shield named as a safeguard. " +
            "Findings about the notice are placed at its line and column, findings about the register at its entry. " +
            $"Exit codes: {ExitCodes.Success} no errors, {ExitCodes.ErrorsFound} errors found (or warnings with --warnings-as-errors), or a register that does not load, " +
            $"{ExitCodes.UsageOrInputError} bad arguments, or a file that cannot be read.")
        {
            registerPath,
            noticePath,
            format,
            warningsAsErrors,
            language,
        };
        limits.AddTo(command);
        command.SetAction(parseResult =>
        {
            IReportFormatter formatter = (parseResult.GetValue(format) ?? Text) switch
            {
                GitHub => new GitHubFormatter(),
                Sarif => new SarifFormatter(),
                Json => new JsonFormatter(),
                _ => new TextFormatter(colour),
            };
            var chosen = LanguageOption.Read(parseResult, language);
            var (loaded, exitCode) = CommandFiles.Load(parseResult.GetRequiredValue(registerPath), limits.Read(parseResult), error, chosen ?? RegisterLanguage.English);
            if (loaded is null)
            {
                return exitCode;
            }

            var shown = chosen ?? loaded.DeclaredLanguage ?? RegisterLanguage.English;
            if (loaded.Register is null)
            {
                foreach (var diagnostic in loaded.Diagnostics)
                {
                    error.WriteLine(diagnostic.In(shown));
                }

                return exitCode;
            }

            var path = parseResult.GetRequiredValue(noticePath);
            if (CommandFiles.NotARegisterFile(path) is { } problem)
            {
                CommandFiles.WriteUnreadable(error, path, problem.In(shown));
                return ExitCodes.UsageOrInputError;
            }

            string notice;
            try
            {
                notice = ReadBounded(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                CommandFiles.WriteUnreadable(error, path, VisibleText.Show(exception.Message));
                return ExitCodes.UsageOrInputError;
            }

            var findings = NoticeChecker.Check(loaded, notice, path).Select(finding => finding.In(shown)).ToList();
            var report = new ValidationReport(1, findings) { Language = shown };
            formatter.Write(report, output);
            return report.Errors > 0 || (parseResult.GetValue(warningsAsErrors) && report.Warnings > 0) ? ExitCodes.ErrorsFound : ExitCodes.Success;
        });
        return command;
    }

    // A web page can be any size: read one character more than the check compares, so that the check can say it is too large.
    private static string ReadBounded(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[NoticeChecker.MaxNoticeLength + 1];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read);
    }
}
