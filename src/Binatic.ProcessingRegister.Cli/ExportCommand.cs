using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Cli;

/// <summary>
/// <c>export</c>: loads a register and writes it as JSON or Markdown, to standard output or to a file. A file is
/// written whole or not at all: into a temporary file beside it, then moved into place.
/// </summary>
internal static class ExportCommand
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly Dictionary<string, RegisterLanguage> Languages = new(StringComparer.Ordinal)
    {
        ["nl"] = RegisterLanguage.Dutch,
        ["en"] = RegisterLanguage.English,
    };

    // Windows and macOS file systems ignore case by default, so there two spellings can name the input file.
    internal static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var path = new Argument<string>("path") { Description = "The register to export." };
        var format = new Option<string>("--format")
        {
            Description = "What to write: json (the register's own format, for other systems) or markdown (a document to read).",
            Required = true,
        };
        format.AcceptOnlyFromAmong([.. ExportFormats.All.Keys]);
        var language = new Option<string>("--language")
        {
            Description = "Markdown only: the language of headings and labels (nl or en); the register's own text stays as written. Defaults to the register's language.",
        };
        language.AcceptOnlyFromAmong([.. Languages.Keys]);
        var outputPath = new Option<string>("--output", "-o")
        {
            Description = "The file to write, replaced whole only once the export has succeeded. Standard output when omitted.",
            HelpName = "PATH",
        };
        var compact = new Option<bool>("--compact") { Description = "JSON only: write it on one line instead of indented." };

        var command = new Command(
            "export",
            "Write a register as JSON or as a Markdown document. A register with errors is not exported: its findings are printed to standard error as 'validate' prints them. " +
            $"Exit codes: {ExitCodes.Success} exported, {ExitCodes.ErrorsFound} the register has errors, {ExitCodes.UsageOrInputError} bad arguments, or a file that cannot be read or written.")
        {
            path,
            format,
            language,
            outputPath,
            compact,
        };
        command.Validators.Add(result =>
        {
            var chosen = result.GetValue(format);
            if (result.GetResult(language) is not null && chosen != ExportFormats.Markdown)
            {
                result.AddError("--language applies to --format markdown only; JSON holds the register's own text and keys.");
            }

            if (result.GetValue(compact) && chosen != ExportFormats.Json)
            {
                result.AddError("--compact applies to --format json only.");
            }
        });
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(path),
            parseResult.GetRequiredValue(format),
            new ExportSettings(parseResult.GetValue(language) is { } code ? Languages[code] : null, parseResult.GetValue(compact)),
            parseResult.GetValue(outputPath),
            output,
            error));
        return command;
    }

    private static int Run(string path, string format, ExportSettings settings, string? outputPath, TextWriter output, TextWriter error)
    {
        var render = ExportFormats.All[format];
        if (outputPath is not null && string.Equals(Path.GetFullPath(outputPath), Path.GetFullPath(path), PathComparison))
        {
            error.WriteLine($"error: --output {outputPath} is the register being exported; write the export to another file.");
            return ExitCodes.UsageOrInputError;
        }

        if (!File.Exists(path))
        {
            error.WriteLine($"{path}: error {DiagnosticIds.InputUnreadable}: The file does not exist; check the path.");
            return ExitCodes.UsageOrInputError;
        }

        // Findings go to standard error: standard output may be carrying the export itself.
        var result = RegisterLoader.LoadFile(path);
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic);
        }

        if (!result.Success)
        {
            return result.Diagnostics.Any(d => d.RuleId == DiagnosticIds.InputUnreadable) ? ExitCodes.UsageOrInputError : ExitCodes.ErrorsFound;
        }

        var text = render(result.Register, settings);
        if (outputPath is null)
        {
            output.Write(text);
            return ExitCodes.Success;
        }

        try
        {
            WriteWhole(outputPath, text);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{outputPath}: error: The export cannot be written: {exception.Message}");
            return ExitCodes.UsageOrInputError;
        }

        output.WriteLine($"Exported {path} as {format} to {outputPath}.");
        return ExitCodes.Success;
    }

    /// <summary>
    /// Writes <paramref name="text"/> to a new file in the target's own directory, so that the final move is a
    /// rename within one file system, which replaces the target in one step: readers see the old file or the new
    /// one, never a half-written one, and a failure leaves the old file as it was.
    /// </summary>
    internal static void WriteWhole(string path, string text)
    {
        var target = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Path.GetRandomFileName()}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(Utf8WithoutBom.GetBytes(text));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            throw;
        }
    }
}
