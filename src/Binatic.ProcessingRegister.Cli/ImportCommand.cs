using System.CommandLine;
using Binatic.ProcessingRegister.Cli.Output;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Import;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Cli;

/// <summary>
/// <c>import</c>: reads a spreadsheet kept in the ICO's, the CNIL's or the VNG's template and writes it as a register in
/// this project's YAML format, with a finding, located at its cell, for everything it could not map.
/// </summary>
/// <remarks>
/// The register is written whole or not at all (see <see cref="CommandFiles"/>), and never over an existing file
/// without <c>--force</c>: an import is a starting point to be edited, and a second import must not silently undo the
/// edits.
/// </remarks>
internal static class ImportCommand
{
    private const string Ico = "ico";
    private const string Cnil = "cnil";
    private const string Vng = "vng";

    /// <summary>What <c>import</c> writes, as its messages name it.</summary>
    private static readonly CliMessage What = new("register", "het register");

    private static readonly CliMessage OutputIsInput = new(
        "--output {path} is the spreadsheet being imported; write the register to another file.",
        "--output {path} is het spreadsheet dat wordt geïmporteerd; schrijf het register naar een ander bestand.");

    private static readonly CliMessage OutputExists = new(
        "--output {path} exists; the register was not written. Pass --force to replace it, or give another file.",
        "--output {path} bestaat al; het register is niet geschreven. Geef --force om het te vervangen, of geef een ander bestand.");

    private static readonly CliMessage NothingWritten = new(
        "Nothing was written: {count} error(s) above.",
        "Er is niets geschreven: {count} fout(en) hierboven.");

    private static readonly CliMessage Imported = new(
        "Imported {path} to {output}: {errors} error(s), {warnings} warning(s), {infos} info(s). Run 'processing-register validate {output}' next.",
        "{path} geïmporteerd naar {output}: {errors} fout(en), {warnings} waarschuwing(en), {infos} melding(en). Voer daarna 'processing-register validate {output}' uit.");

    public static Command Create(TextWriter output, TextWriter error)
    {
        var path = new Argument<string>("file") { Description = "The spreadsheet to import: an .xlsx workbook or a .csv file." };
        var layout = new Option<string>("--layout")
        {
            Description = "The template the spreadsheet follows: ico (the UK ICO's documentation template), cnil (the CNIL's basic record) or vng (the VNG model register of Dutch municipalities).",
            Required = true,
        };
        layout.AcceptOnlyFromAmong(Ico, Cnil, Vng);
        var sheet = new Option<string>("--sheet")
        {
            Description = "The sheet that holds the table; default the first sheet whose headers match the layout.",
            HelpName = "NAME",
        };
        var language = LanguageOption.Create("the language of the spreadsheet's headers (English for French headers); it is also the register's language (register.language)");
        var outputPath = OutputOption.Create("register", language, required: true);
        var force = new Option<bool>("--force")
        {
            Description = "Replace an existing --output file, a read-only one included (it keeps its permissions). Never replaces the spreadsheet.",
        };

        var command = new Command(
            "import",
            "Write a spreadsheet kept in the ICO, CNIL or VNG template as a register in YAML. Headers are matched by name in English, Dutch or French, " +
            "whatever their case, spacing or order; what has no place in the format is kept in a description or a comment, never guessed. " +
            "Every cell that could not be mapped is printed as a finding at its cell, as 'validate' prints findings (file.xlsx!Sheet!C12: warning RPR165: ...). " +
            "Then run 'validate' on the register written. " +
            $"Exit codes: {ExitCodes.Success} written (warnings and infos may be printed), {ExitCodes.ErrorsFound} the spreadsheet holds no table in the layout " +
            $"(no header row, or no such sheet), so nothing was written, {ExitCodes.UsageOrInputError} bad arguments, a file that cannot be read " +
            "(missing, corrupt, password-protected, too large) or written, or an --output that exists without --force.")
        {
            path,
            layout,
            sheet,
            language,
            outputPath,
            force,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(path),
            new SpreadsheetImportOptions
            {
                Layout = LayoutOf(parseResult.GetRequiredValue(layout)),
                Sheet = parseResult.GetValue(sheet),
                Language = LanguageOption.Read(parseResult, language),
            },
            parseResult.GetRequiredValue(outputPath),
            parseResult.GetValue(force),
            output,
            error));
        return command;
    }

    private static SpreadsheetLayout LayoutOf(string name) => name switch
    {
        Cnil => SpreadsheetLayout.Cnil,
        Vng => SpreadsheetLayout.Vng,
        _ => SpreadsheetLayout.Ico,
    };

    private static int Run(string path, SpreadsheetImportOptions options, string outputPath, bool force, TextWriter output, TextWriter error)
    {
        var requested = options.Language ?? RegisterLanguage.English;
        if (CommandFiles.SameFile(outputPath, path))
        {
            error.WriteLine($"error: {OutputIsInput.In(requested, ("path", VisibleText.Show(outputPath)))}");
            return ExitCodes.UsageOrInputError;
        }

        if (CommandFiles.NotARegisterFile(path) is { } problem)
        {
            CommandFiles.WriteUnreadable(error, path, problem.In(requested));
            return ExitCodes.UsageOrInputError;
        }

        if (!force && File.Exists(outputPath))
        {
            error.WriteLine($"{VisibleText.Show(outputPath)}: error: {OutputExists.In(requested, ("path", VisibleText.Show(outputPath)))}");
            return ExitCodes.UsageOrInputError;
        }

        var result = SpreadsheetImport.ImportFile(path, options);
        var language = options.Language ?? LanguageOf(result.Yaml) ?? requested;
        foreach (var finding in result.Diagnostics)
        {
            output.WriteLine(TextFormatter.Line(finding, language));
        }

        var errors = result.Diagnostics.Count(finding => finding.Severity == DiagnosticSeverity.Error);
        if (result.Yaml is null)
        {
            error.WriteLine(NothingWritten.In(language, ("count", errors)));

            // The import's own errors say the file holds no table in the layout; any other is about reading the file.
            return result.Diagnostics.Any(finding => finding.Severity == DiagnosticSeverity.Error && !IsImportFinding(finding.RuleId))
                ? ExitCodes.UsageOrInputError
                : ExitCodes.ErrorsFound;
        }

        var written = CommandFiles.Emit(result.Yaml, outputPath, force: true, What, language, output, error);
        if (written != ExitCodes.Success)
        {
            return written;
        }

        output.WriteLine(Imported.In(
            language,
            ("path", VisibleText.Show(path)),
            ("output", VisibleText.Show(outputPath)),
            ("errors", errors),
            ("warnings", result.Diagnostics.Count(finding => finding.Severity == DiagnosticSeverity.Warning)),
            ("infos", result.Diagnostics.Count(finding => finding.Severity == DiagnosticSeverity.Info))));
        return errors > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    private static bool IsImportFinding(string id) => string.CompareOrdinal(id, DiagnosticIds.ImportNoHeaderRow) >= 0 && string.CompareOrdinal(id, "RPR179") <= 0;

    // The register's language is the first thing the import writes under 'register:'.
    private static RegisterLanguage? LanguageOf(string? yaml) =>
        yaml is null ? null
        : yaml.Contains("\n  language: nl\n", StringComparison.Ordinal) ? RegisterLanguage.Dutch
        : RegisterLanguage.English;
}
