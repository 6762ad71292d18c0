using System.CommandLine;
using Binatic.ProcessingRegister.Cli.Output;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Rules;

namespace Binatic.ProcessingRegister.Cli;

/// <summary><c>validate</c>: loads registers and reports every finding in the format the reader needs.</summary>
internal static class ValidateCommand
{
    private const string Text = "text";
    private const string GitHub = "github";
    private const string Sarif = "sarif";
    private const string Json = "json";

    private static readonly CliMessage RepositoryRootMissing = new(
        "--repository-root {folder}: the folder does not exist.",
        "--repository-root {folder}: de map bestaat niet.");

    private static readonly CliMessage PatternMatchesNothing = new(
        "The pattern matches no file; check it, and quote it so that the shell does not expand it.",
        "Het patroon past op geen enkel bestand; controleer het, en zet het tussen aanhalingstekens zodat de shell het niet uitbreidt.");

    private static readonly CliMessage FolderHoldsNoRegister = new(
        "The folder holds no .yaml or .yml file.",
        "De map bevat geen .yaml- of .yml-bestand.");

    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock, bool colour)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Register files, folders (every .yaml and .yml file below them is checked) and globs such as 'registers/**/*.yaml' (quote them).",
            Arity = ArgumentArity.OneOrMore,
        };
        var language = LanguageOption.Create("each register's own language (register.language), English for a file that cannot be read");
        var severity = SeverityOption.Create(language);
        var format = new Option<string>("--format")
        {
            Description = "How to print findings: text (path(line,col): error RPR0xx: message), github (workflow commands that annotate a pull request), sarif (SARIF 2.1.0 for code scanning) or json (findings and a summary).",
            DefaultValueFactory = _ => Text,
        };
        format.AcceptOnlyFromAmong(Text, GitHub, Sarif, Json);
        var warningsAsErrors = new Option<bool>("--warnings-as-errors")
        {
            Description = $"Exit with {ExitCodes.ErrorsFound} on warnings too. Accepted findings never count.",
        };
        var repositoryRoot = new Option<string>("--repository-root")
        {
            Description = "The folder SARIF and github paths are relative to, as code scanning needs; default the current directory.",
            DefaultValueFactory = _ => ".",
            HelpName = "folder",
        };
        repositoryRoot.Validators.Add(result =>
        {
            // Every path would be shown relative to a folder that is not there, which is a typo more often than not.
            if (result.Tokens is [var token] && !Directory.Exists(token.Value))
            {
                result.AddError(RepositoryRootMissing.In(LanguageOption.OfUsage(result, language), ("folder", token.Value)));
            }
        });
        var limits = new LoadLimitOptions(language);
        var command = new Command(
            "validate",
            "Check registers against the format, the references between their ids and the GDPR rules. " +
            $"Exit codes: {ExitCodes.Success} no errors, {ExitCodes.ErrorsFound} errors found (or warnings with --warnings-as-errors), " +
            $"{ExitCodes.UsageOrInputError} bad arguments, a pattern that matches nothing, or unreadable files.")
        {
            paths,
            format,
            warningsAsErrors,
            repositoryRoot,
            severity,
            language,
        };
        limits.AddTo(command);
        command.SetAction(parseResult =>
        {
            var chosen = parseResult.GetValue(format) ?? Text;
            IReportFormatter formatter = chosen switch
            {
                GitHub => new GitHubFormatter(),
                Sarif => new SarifFormatter(),
                Json => new JsonFormatter(),
                _ => new TextFormatter(colour),
            };

            // Text is read where the tool runs; annotations and SARIF are read by GitHub, which knows only the repository.
            var root = chosen is Sarif or GitHub ? parseResult.GetValue(repositoryRoot) ?? "." : ".";
            return Run(
                parseResult.GetValue(paths) ?? [],
                new ReviewOptions
                {
                    LoadOptions = limits.Read(parseResult),
                    ValidationOptions = SeverityOption.Apply(
                        new ValidationOptions { TimeProvider = clock, Language = LanguageOption.Read(parseResult, language) },
                        parseResult.GetValue(severity) ?? []),
                },
                new Settings(formatter, root, parseResult.GetValue(warningsAsErrors)),
                output,
                error);
        });
        return command;
    }

    private static int Run(IReadOnlyList<string> paths, ReviewOptions options, Settings settings, TextWriter output, TextWriter error)
    {
        // Standard error is written once the registers are read, in order: the tool's own messages are then in the
        // language chosen, or in that of the registers read when they share one, and English when none could be read.
        var problems = new List<Func<RegisterLanguage, string>>();
        var files = new List<string>();
        var inputFailed = false;
        var unreadable = 0;
        foreach (var path in paths)
        {
            var expanded = RegisterFiles.Expand(path);
            if (expanded.Count == 0)
            {
                var problem = RegisterFiles.IsGlob(path) ? PatternMatchesNothing.With()
                    : Directory.Exists(path) ? FolderHoldsNoRegister.With()
                    : CommandFiles.DoesNotExist;
                problems.Add(language => CommandFiles.UnreadableLine(path, problem.In(language)));
                inputFailed = true;

                // A file that is not there is a register that could not be read; an empty pattern or folder names none.
                unreadable += RegisterFiles.IsGlob(path) || Directory.Exists(path) ? 0 : 1;
            }

            files.AddRange(expanded);
        }

        var findings = new List<Diagnostic>();
        var languages = new HashSet<RegisterLanguage>();
        // A file reached twice (by two arguments, a link, or a hard link) is read once, as the file it is.
        var registers = files.DistinctBy(file => (object?)FileFacts.Of(file, followLinks: true).Identity ?? Path.GetFullPath(file)).ToList();
        var checkedCount = 0;
        var fileLanguages = new Dictionary<string, RegisterLanguage>(StringComparer.Ordinal);
        foreach (var file in registers)
        {
            if (CommandFiles.NotARegisterFile(file) is { } problem)
            {
                problems.Add(language => CommandFiles.UnreadableLine(file, problem.In(language)));
                inputFailed = true;
                unreadable++;
                continue;
            }

            var display = RegisterFiles.Display(file, settings.Root);
            var review = RegisterReview.OfFile(file, options);
            if (review.IsUnreadable)
            {
                unreadable++;
                inputFailed = true;
                foreach (var diagnostic in review.Findings)
                {
                    problems.Add(_ => diagnostic.ToString());
                }

                continue;
            }

            checkedCount++;
            var language = options.ValidationOptions.Language ?? review.LoadResult.DeclaredLanguage ?? RegisterLanguage.English;
            languages.Add(language);
            fileLanguages[display] = language;
            foreach (var diagnostic in review.Findings)
            {
                findings.Add(diagnostic with { Location = diagnostic.Location with { File = display } });
            }
        }

        // The rules' own texts (in SARIF) are in the language chosen, or in the registers' language when they share one.
        var reportLanguage = options.ValidationOptions.Language ?? (languages.Count == 1 ? languages.Single() : RegisterLanguage.English);
        foreach (var problem in problems)
        {
            error.WriteLine(problem(reportLanguage));
        }

        var report = new ValidationReport(checkedCount, findings) { Unreadable = unreadable, Language = reportLanguage, FileLanguages = fileLanguages };
        settings.Formatter.Write(report, output);
        return inputFailed ? ExitCodes.UsageOrInputError
            : report.Errors > 0 || (settings.WarningsAsErrors && report.Warnings > 0) ? ExitCodes.ErrorsFound
            : ExitCodes.Success;
    }

    private sealed record Settings(IReportFormatter Formatter, string Root, bool WarningsAsErrors);
}
