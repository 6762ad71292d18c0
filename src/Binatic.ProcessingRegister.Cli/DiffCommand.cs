using System.CommandLine;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Diff;
using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Cli;

/// <summary>
/// <c>diff</c>: compares two versions of a register and prints a Markdown summary for the reviewer of a pull
/// request, the risky changes first. A difference is the expected outcome, not a failure, so it exits 0 either way.
/// </summary>
internal static class DiffCommand
{
    private static readonly CliMessage ChangeMapHeading = new(
        "#### Data map of the change\n\nThe activities whose links to data subjects, recipients or countries change, as they are now; thick arrows and ➕ mark what the change adds.",
        "#### Gegevenskaart van de wijziging\n\nDe verwerkingen waarvan de verbindingen met betrokkenen, ontvangers of landen veranderen, zoals ze nu zijn; dikke pijlen en ➕ markeren wat de wijziging toevoegt.");

    private static readonly CliMessage OutputIsInput = new(
        "--output {path} is one of the registers being compared; write the summary to another file.",
        "--output {path} is een van de registers die worden vergeleken; schrijf de samenvatting naar een ander bestand.");

    public static Command Create(TextWriter output, TextWriter error)
    {
        var before = new Argument<string>("old") { Description = "The register as it was, e.g. from the pull request's base branch." };
        var after = new Argument<string>("new") { Description = "The register as it is now." };
        var language = LanguageOption.Create("the new register's own language (register.language)");
        var outputPath = OutputOption.Create("summary", language);
        var force = OutputOption.CreateForce("summary");
        var limits = new LoadLimitOptions(language);

        var command = new Command(
            "diff",
            "Summarise in Markdown what changed between two versions of a register: activities added, removed and changed, " +
            "in the new register's language unless --language says otherwise, " +
            "and first, under 'Needs attention', new special-category or criminal-offence data and new transfers outside the EEA, " +
            "and in a processor's record new sub-processors and their new countries, with the clients to inform. " +
            $"Exit codes: {ExitCodes.Success} the summary was written (whether or not anything changed), " +
            $"{ExitCodes.ErrorsFound} a register could not be loaded (its findings go to standard error), " +
            $"{ExitCodes.UsageOrInputError} bad arguments, or a file that cannot be read or written.")
        {
            before,
            after,
            outputPath,
            force,
            language,
        };
        limits.AddTo(command);
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(before),
            parseResult.GetRequiredValue(after),
            parseResult.GetValue(outputPath),
            parseResult.GetValue(force),
            limits.Read(parseResult),
            LanguageOption.Read(parseResult, language),
            output,
            error));
        return command;
    }

    private static int Run(string beforePath, string afterPath, string? outputPath, bool force, LoadOptions limits, RegisterLanguage? language, TextWriter output, TextWriter error)
    {
        if (outputPath is not null && new[] { beforePath, afterPath }.Any(p => CommandFiles.SameFile(p, outputPath)))
        {
            // Before either register is read, the tool's messages are in the language asked for, else English.
            error.WriteLine($"error: {OutputIsInput.In(language ?? RegisterLanguage.English, ("path", VisibleText.Show(outputPath)))}");
            return ExitCodes.UsageOrInputError;
        }

        // Both are loaded before either is judged, so one run reports every problem in both files.
        var loads = new[] { Load(beforePath, limits, language, error), Load(afterPath, limits, language, error) };
        if (loads.Any(l => l.ExitCode is ExitCodes.UsageOrInputError))
        {
            return ExitCodes.UsageOrInputError;
        }

        if (loads[0].Register is not { } oldRegister || loads[1].Register is not { } newRegister)
        {
            return ExitCodes.ErrorsFound;
        }

        var shown = language ?? newRegister.Info.Language;
        var summary = DiffMarkdown.ToMarkdown(RegisterDiff.Compare(oldRegister, newRegister), shown);
        if (DataMap.ToMermaidChange(oldRegister, newRegister, new DataMapOptions { Language = shown }) is { } map)
        {
            summary += "\n" + ChangeMapHeading.In(shown) + "\n\n```mermaid\n" + map + "```\n";
        }

        return CommandFiles.Emit(summary, outputPath, force, CommandFiles.Summary, shown, output, error);
    }

    private static (Register? Register, int ExitCode) Load(string path, LoadOptions limits, RegisterLanguage? language, TextWriter error)
    {
        var (result, exitCode) = CommandFiles.Load(path, limits, error, language ?? RegisterLanguage.English);
        if (result is { Success: false })
        {
            // As validate does: the language asked for, else the register's own when it got that far, else English.
            var shown = language ?? result.DeclaredLanguage ?? RegisterLanguage.English;
            foreach (var diagnostic in result.Diagnostics)
            {
                error.WriteLine(diagnostic.In(shown));
            }
        }

        return (result?.Register, exitCode);
    }
}
