using System.CommandLine;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Cli;

/// <summary>
/// <c>notice</c>: loads a register and writes the information of GDPR Art. 13 and 14 for data subjects as Markdown,
/// to standard output or to a file, which is written whole or not at all, as <c>export</c> writes its files.
/// </summary>
/// <remarks>
/// As with <c>export</c>, only loading decides: a register that does not load prints its findings to standard error
/// and exits <see cref="ExitCodes.ErrorsFound"/>; the GDPR rules are not run. What the register does not say is listed
/// at the top of the notice itself, not reported as findings.
/// </remarks>
internal static class NoticeCommand
{
    private static readonly CliMessage OutputIsInput = new(
        "--output {path} is the register the notice is drawn from; write the notice to another file.",
        "--output {path} is het register waaruit de privacyverklaring wordt opgesteld; schrijf de verklaring naar een ander bestand.");

    private static readonly CliMessage Written = new("Wrote the notice of {path} to {output}.", "De privacyverklaring van {path} geschreven naar {output}.");

    private static readonly CliMessage Notice = new("notice", "de privacyverklaring");

    public static Command Create(TextWriter output, TextWriter error)
    {
        var path = new Argument<string>("path") { Description = "The register to draw the notice from." };
        var language = LanguageOption.Create("the register's own language; its text stays as written");
        var outputPath = OutputOption.Create("notice", language);
        var force = OutputOption.CreateForce("notice");
        var limits = new LoadLimitOptions(language);

        var command = new Command(
            "notice",
            "Write the information a controller must give data subjects under GDPR Articles 13 and 14 (the privacy notice), drawn from a register, as Markdown. " +
            "Items of Articles 13 and 14 the register does not hold are listed at the top of the notice as gaps, never filled in. " +
            "The register is loaded as 'validate' loads it; a register that does not load gets no notice, and its findings are printed to standard error. " +
            $"Exit codes: {ExitCodes.Success} written, {ExitCodes.ErrorsFound} the register does not load (YAML, schema or reference errors), " +
            $"{ExitCodes.UsageOrInputError} bad arguments, or a file that cannot be read or written.")
        {
            path,
            language,
            outputPath,
            force,
        };
        limits.AddTo(command);
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(path),
            LanguageOption.Read(parseResult, language),
            parseResult.GetValue(outputPath),
            parseResult.GetValue(force),
            limits.Read(parseResult),
            output,
            error));
        return command;
    }

    private static int Run(string path, RegisterLanguage? language, string? outputPath, bool force, LoadOptions limits, TextWriter output, TextWriter error)
    {
        var requested = language ?? RegisterLanguage.English;
        if (outputPath is not null && CommandFiles.SameFile(outputPath, path))
        {
            error.WriteLine($"error: {OutputIsInput.In(requested, ("path", VisibleText.Show(outputPath)))}");
            return ExitCodes.UsageOrInputError;
        }

        // Findings go to standard error: standard output may be carrying the notice itself.
        var (result, exitCode) = CommandFiles.Load(path, limits, error, requested);
        foreach (var diagnostic in result?.Diagnostics ?? [])
        {
            error.WriteLine(diagnostic.In(language ?? result!.DeclaredLanguage ?? RegisterLanguage.English));
        }

        if (result?.Register is not { } register)
        {
            return exitCode;
        }

        var shown = language ?? register.Info.Language;
        var notice = NoticeExport.ToMarkdown(register, new NoticeOptions { Language = shown });
        var written = CommandFiles.Emit(notice, outputPath, force, Notice, shown, output, error);
        if (written == ExitCodes.Success && outputPath is not null)
        {
            output.WriteLine(Written.In(shown, ("path", VisibleText.Show(path)), ("output", VisibleText.Show(outputPath))));
        }

        return written;
    }
}
