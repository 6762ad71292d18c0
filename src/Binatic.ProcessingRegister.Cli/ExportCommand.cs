using System.CommandLine.Parsing;
using System.CommandLine;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Cli;

/// <summary>
/// <c>export</c>: loads a register and writes it as JSON, Markdown, or a spreadsheet (XLSX or CSV) in the ICO, CNIL or
/// VNG layout, to standard output or to a file. A file is written whole or not at all: into a temporary file beside
/// it, then moved into place. An XLSX workbook is binary and is written to a file only.
/// </summary>
/// <remarks>
/// Only loading decides whether a register is exported: a register with YAML, schema or reference errors is not
/// exported and exits <see cref="ExitCodes.ErrorsFound"/>. The GDPR rules are not run, so a register they would find
/// errors in is exported with <see cref="ExitCodes.Success"/>; <c>validate</c> is the command that checks them.
/// </remarks>
internal static class ExportCommand
{
    // A switch rather than a dictionary of the language enum: such a dictionary is compiled at every start of the tool.
    private const string Dutch = "nl";
    private const string English = "en";
    private const string DocumentLayout = "document";
    private const string VngLayout = "vng";
    private const string IcoLayout = "ico";
    private const string CnilLayout = "cnil";

    private static readonly CliMessage LanguageNotJson = new(
        "--language applies to --format markdown, xlsx and csv only; JSON holds the register's own text and keys.",
        "--language geldt alleen voor --format markdown, xlsx en csv; JSON bevat de eigen tekst en sleutels van het register.");

    private static readonly CliMessage LayoutNotJson = new(
        "--layout applies to --format markdown, xlsx and csv only; JSON has the register's own shape.",
        "--layout geldt alleen voor --format markdown, xlsx en csv; JSON heeft de eigen vorm van het register.");

    private static readonly CliMessage LayoutNotMap = new(
        "--layout does not apply to --format {format}: a data map has one shape, grouped by department.",
        "--layout geldt niet voor --format {format}: een gegevenskaart heeft één vorm, gegroepeerd per afdeling.");

    private static readonly CliMessage MarkdownLayouts = new(
        "--layout {layout} is a spreadsheet's layout; --format markdown takes --layout document or vng, and --format xlsx or csv take ico, cnil or vng.",
        "--layout {layout} is de indeling van een spreadsheet; --format markdown neemt --layout document of vng, en --format xlsx of csv nemen ico, cnil of vng.");

    private static readonly CliMessage SpreadsheetNeedsLayout = new(
        "--format {format} needs --layout ico, cnil or vng: the template whose columns the spreadsheet has.",
        "--format {format} vraagt om --layout ico, cnil of vng: het sjabloon met de kolommen van de spreadsheet.");

    private static readonly CliMessage XlsxNeedsOutput = new(
        "--format xlsx writes a binary workbook, which is not written to standard output; give --output FILE.xlsx.",
        "--format xlsx schrijft een binaire werkmap, die niet naar standaarduitvoer gaat; geef --output BESTAND.xlsx.");

    private static readonly CliMessage SpreadsheetOfProcessorRecord = new(
        "--format {format} writes a row per processing activity of a controller's record, and {path} is only a processor's record (register.role: processor), which has none; export it as --format markdown.",
        "--format {format} schrijft een rij per verwerking van het register van een verwerkingsverantwoordelijke, en {path} is alleen het register van een verwerker (register.role: processor), dat die niet heeft; exporteer het met --format markdown.");

    private static readonly CliMessage CompactOnlyJson = new("--compact applies to --format json only.", "--compact geldt alleen voor --format json.");

    private static readonly CliMessage OutputIsInput = new(
        "--output {path} is the register being exported; write the export to another file.",
        "--output {path} is het register dat wordt geëxporteerd; schrijf de export naar een ander bestand.");

    private static readonly CliMessage VngOfProcessorRecord = new(
        "--layout vng writes the VNG model register's table of a controller's processing activities, and {path} is only a processor's record (register.role: processor), which has none; export it without --layout, or with --layout document.",
        "--layout vng schrijft de tabel van het VNG-modelregister met de verwerkingen van een verwerkingsverantwoordelijke, en {path} is alleen het register van een verwerker (register.role: processor), dat die niet heeft; exporteer het zonder --layout, of met --layout document.");

    private static readonly CliMessage Exported = new("Exported {path} as {format} to {output}.", "{path} geëxporteerd als {format} naar {output}.");

    public static Command Create(TextWriter output, TextWriter error)
    {
        var path = new Argument<string>("path") { Description = "The register to export." };
        var format = new Option<string>("--format")
        {
            Description = "What to write: json (the register's own format, for other systems), markdown (a document to read), " +
                "mermaid or dot (a data map: data subjects, activities, processors and recipients, and countries, as a Mermaid flowchart or a Graphviz graph), " +
                "or a spreadsheet with a row per processing activity: xlsx (a workbook; needs --output) or csv (RFC 4180, UTF-8 with a byte order mark). " +
                "A spreadsheet needs --layout.",
            Required = true,
        };
        format.AcceptOnlyFromAmong([.. ExportFormats.All.Keys]);
        var language = new Option<string>("--language")
        {
            Description = "Markdown, xlsx and csv: the language of headings, column headers and labels (nl or en); the register's own text stays as written. Defaults to the register's language.",
        };
        language.AcceptOnlyFromAmong(Dutch, English);
        var layout = new Option<string>("--layout")
        {
            Description = "Markdown: document (the default: a section per activity, then processors, security, rights and the rest) or vng " +
                "(the VNG model register's table of 17 columns, one table per department). xlsx and csv (required): ico (the UK ICO's controller template, 30 columns), " +
                "cnil (the French CNIL's basic record, 13 columns) or vng (the VNG model register, 17 columns). A table has a row per activity, so vng, ico and cnil " +
                "are not for a register that is only a processor's record.",
        };
        layout.AcceptOnlyFromAmong(DocumentLayout, VngLayout, IcoLayout, CnilLayout);
        var outputPath = OutputOption.Create("export", language);
        var force = OutputOption.CreateForce("export");
        var limits = new LoadLimitOptions(language);
        var compact = new Option<bool>("--compact") { Description = "JSON only: write it on one line instead of indented." };

        var command = new Command(
            "export",
            "Write a register as JSON, as a Markdown document, or as a spreadsheet (XLSX or CSV) in the ICO, CNIL or VNG template's columns. The register is loaded as 'validate' loads it (YAML, the format's schema " +
            "and the references between ids); a register that does not load is not exported, and its findings are printed to standard error " +
            "as 'validate' prints them. The GDPR rules are not run: checking them is 'validate''s job, so a register with GDPR rule findings is still exported. " +
            $"Exit codes: {ExitCodes.Success} exported, {ExitCodes.ErrorsFound} the register does not load (YAML, schema or reference errors), " +
            $"{ExitCodes.UsageOrInputError} bad arguments, or a file that cannot be read or written.")
        {
            path,
            format,
            language,
            layout,
            outputPath,
            compact,
            force,
        };
        limits.AddTo(command);
        command.Validators.Add(result =>
        {
            var chosen = result.GetValue(format);
            var chosenLayout = result.GetValue(layout);
            var usage = LanguageOption.OfUsage(result, language);
            if (result.GetResult(language) is not null && chosen == ExportFormats.Json)
            {
                result.AddError(LanguageNotJson.In(usage));
            }

            if (result.GetResult(layout) is not null && chosen == ExportFormats.Json)
            {
                result.AddError(LayoutNotJson.In(usage));
            }

            if (result.GetResult(layout) is not null && ExportFormats.IsDataMap(chosen))
            {
                result.AddError(LayoutNotMap.In(usage, ("format", chosen)));
            }

            if (chosen == ExportFormats.Markdown && chosenLayout is IcoLayout or CnilLayout)
            {
                result.AddError(MarkdownLayouts.In(usage, ("layout", chosenLayout)));
            }

            if (ExportFormats.IsSpreadsheet(chosen) && chosenLayout is null or DocumentLayout)
            {
                result.AddError(SpreadsheetNeedsLayout.In(usage, ("format", chosen)));
            }

            // A workbook's bytes on a terminal are noise, and through a pipe a text stream may change them.
            if (chosen == ExportFormats.Xlsx && result.GetResult(outputPath) is null)
            {
                result.AddError(XlsxNeedsOutput.In(usage));
            }

            if (result.GetValue(compact) && chosen != ExportFormats.Json)
            {
                result.AddError(CompactOnlyJson.In(usage));
            }
        });
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(path),
            parseResult.GetRequiredValue(format),
            new ExportSettings(
                LanguageOf(parseResult.GetValue(language)),
                parseResult.GetValue(compact),
                LayoutOf(parseResult.GetValue(layout)),
                SheetLayoutOf(parseResult.GetValue(layout))),
            parseResult.GetValue(outputPath),
            parseResult.GetValue(force),
            limits.Read(parseResult),
            output,
            error));
        return command;
    }

    private static RegisterLanguage? LanguageOf(string? code) => code switch
    {
        Dutch => RegisterLanguage.Dutch,
        English => RegisterLanguage.English,
        _ => null,
    };

    private static MarkdownLayout LayoutOf(string? name) => name == VngLayout ? MarkdownLayout.VngTable : MarkdownLayout.Document;

    private static SpreadsheetLayout? SheetLayoutOf(string? name) => name switch
    {
        IcoLayout => SpreadsheetLayout.Ico,
        CnilLayout => SpreadsheetLayout.Cnil,
        VngLayout => SpreadsheetLayout.Vng,
        _ => null,
    };

    private static int Run(string path, string format, ExportSettings settings, string? outputPath, bool force, LoadOptions limits, TextWriter output, TextWriter error)
    {
        var render = ExportFormats.All[format];
        // Before the register is read, the tool's messages are in the language asked for, else English; after, in the
        // register's own unless one was asked for.
        var requested = settings.Language ?? RegisterLanguage.English;
        if (outputPath is not null && CommandFiles.SameFile(outputPath, path))
        {
            error.WriteLine($"error: {OutputIsInput.In(requested, ("path", VisibleText.Show(outputPath)))}");
            return ExitCodes.UsageOrInputError;
        }

        // Findings go to standard error: standard output may be carrying the export itself.
        var (result, exitCode) = CommandFiles.Load(path, limits, error, requested);
        foreach (var diagnostic in result?.Diagnostics ?? [])
        {
            error.WriteLine(diagnostic);
        }

        if (result?.Register is not { } register)
        {
            return exitCode;
        }

        var shown = settings.Language ?? register.Info.Language;

        // Known only once the register is read: its role decides whether it has activities for the table at all. The
        // library would write the document instead, but a user who asked for the table should be told, not surprised.
        if (format == ExportFormats.Markdown && settings.Layout == MarkdownLayout.VngTable && !register.Info.IsControllerRecord)
        {
            error.WriteLine($"error: {VngOfProcessorRecord.In(shown, ("path", VisibleText.Show(path)))}");
            return ExitCodes.UsageOrInputError;
        }

        // The library writes a processor's record as a sheet with a header and no rows; a user who asked for the
        // spreadsheet is told instead of handed an empty table.
        if (ExportFormats.IsSpreadsheet(format) && !register.Info.IsControllerRecord)
        {
            error.WriteLine($"error: {SpreadsheetOfProcessorRecord.In(shown, ("format", format), ("path", VisibleText.Show(path)))}");
            return ExitCodes.UsageOrInputError;
        }

        var written = CommandFiles.Emit(render(register, settings), outputPath, force, CommandFiles.Export, shown, output, error);
        if (written == ExitCodes.Success && outputPath is not null)
        {
            output.WriteLine(Exported.In(shown, ("path", VisibleText.Show(path)), ("format", format), ("output", VisibleText.Show(outputPath))));
        }

        return written;
    }
}
