using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Cli;

/// <summary>What <c>export</c> asks of a format beyond the register itself.</summary>
/// <param name="Language">The language of the fixed labels; <see langword="null"/> for the register's own.</param>
/// <param name="Compact">Whether to leave out the layout that is there for people.</param>
/// <param name="Layout">The shape of a Markdown export.</param>
internal sealed record ExportSettings(RegisterLanguage? Language, bool Compact, MarkdownLayout Layout = MarkdownLayout.Document);

/// <summary>
/// The formats <c>export</c> writes, each as the one call into the library that renders it.
/// </summary>
internal static class ExportFormats
{
    public const string Json = "json";
    public const string Markdown = "markdown";

    public static IReadOnlyDictionary<string, Func<Register, ExportSettings, string>> All { get; } =
        new Dictionary<string, Func<Register, ExportSettings, string>>(StringComparer.Ordinal)
        {
            [Json] = (register, settings) => JsonExport.ToJson(register, new JsonExportOptions { Indented = !settings.Compact }),

            [Markdown] = (register, settings) => MarkdownExport.ToMarkdown(register, new MarkdownExportOptions { Language = settings.Language, Layout = settings.Layout }),
        };
}
