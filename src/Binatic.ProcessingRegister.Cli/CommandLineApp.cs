using System.CommandLine;
using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Cli;

/// <summary>The command line, runnable in-process so that tests see exactly what a user sees.</summary>
internal static class CommandLineApp
{
    private static readonly CliMessage RunHelp = new(
        "Run 'processing-register --help' for usage.",
        "Voer 'processing-register --help' uit voor het gebruik.");

    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, output, error, TimeProvider.System, colour: !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null or "");

    /// <summary>Runs the command line with a given clock, so that tests of date-dependent rules never drift.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider clock) => Run(args, output, error, clock, colour: false);

    /// <summary>Runs the command line; <paramref name="colour"/> is decided by the caller, so tests never see escape codes.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider clock, bool colour)
    {
        var root = new RootCommand("Validates GDPR Article 30 records of processing activities written in YAML.")
        {
            ValidateCommand.Create(output, error, clock, colour),
            CatalogueCommands.Rules(output),
            CatalogueCommands.Explain(output, error),
            CatalogueCommands.Schema(output, error),
            ExportCommand.Create(output, error),
            NoticeCommand.Create(output, error),
            CheckNoticeCommand.Create(output, error, colour),
            ImportCommand.Create(output, error),
            DiffCommand.Create(output, error),
            LanguageServer.LspCommand.Create(error),
        };

        var parseResult = root.Parse(args);

        // System.CommandLine exits 1 on a usage error, which CI could not tell from "the register has errors".
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                error.WriteLine($"error: {VisibleText.Show(parseError.Message)}");
            }

            error.WriteLine(RunHelp.In(LanguageOption.OfUsage(parseResult)));
            return ExitCodes.UsageOrInputError;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
