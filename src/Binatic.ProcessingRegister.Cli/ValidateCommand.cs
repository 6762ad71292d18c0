using System.CommandLine;
using Binatic.ProcessingRegister.Rules;

namespace Binatic.ProcessingRegister.Cli;

/// <summary><c>validate</c>: loads registers and prints every finding in the canonical compiler format.</summary>
internal static class ValidateCommand
{
    private static readonly string[] RegisterExtensions = [".yaml", ".yml"];

    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Register files, or folders whose .yaml and .yml files are all checked.",
            Arity = ArgumentArity.OneOrMore,
        };
        var severity = SeverityOption.Create();
        var command = new Command(
            "validate",
            "Check registers against the format, the references between their ids and the GDPR rules. " +
            "Findings print as 'path(line,col): error RPR0xx: message'. " +
            $"Exit codes: {ExitCodes.Success} no errors, {ExitCodes.ErrorsFound} errors found, {ExitCodes.UsageOrInputError} bad arguments or unreadable files.")
        {
            paths,
            severity,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(paths) ?? [],
            SeverityOption.Apply(new ValidationOptions { TimeProvider = clock }, parseResult.GetValue(severity) ?? []),
            output,
            error));
        return command;
    }

    private static int Run(IReadOnlyList<string> paths, ValidationOptions options, TextWriter output, TextWriter error)
    {
        var files = new List<string>();
        var inputFailed = false;
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory
                    .EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(file => RegisterExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                error.WriteLine($"{path}: error {DiagnosticIds.InputUnreadable}: The file does not exist; check the path.");
                inputFailed = true;
            }
        }

        int errors = 0, warnings = 0, accepted = 0;
        foreach (var file in files)
        {
            var result = RegisterLoader.LoadFile(file);
            var diagnostics = result.Success
                ? [.. result.Diagnostics.Concat(RegisterValidator.Validate(result, options)).OrderBy(d => d.Line).ThenBy(d => d.Column)]
                : result.Diagnostics;
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.RuleId == DiagnosticIds.InputUnreadable)
                {
                    error.WriteLine(diagnostic);
                    inputFailed = true;
                    continue;
                }

                output.WriteLine(diagnostic);
                if (diagnostic.IsAccepted)
                {
                    accepted++;
                    continue;
                }

                errors += diagnostic.Severity == DiagnosticSeverity.Error ? 1 : 0;
                warnings += diagnostic.Severity == DiagnosticSeverity.Warning ? 1 : 0;
            }
        }

        output.WriteLine($"{files.Count} {Plural(files.Count, "register")} checked: {errors} {Plural(errors, "error")}, {warnings} {Plural(warnings, "warning")}{(accepted > 0 ? $", {accepted} accepted" : string.Empty)}.");
        return inputFailed ? ExitCodes.UsageOrInputError : errors > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";
}
