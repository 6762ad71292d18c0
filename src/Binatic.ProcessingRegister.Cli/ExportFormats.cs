using System.Text;
using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Cli;

/// <summary>What <c>export</c> asks of a format beyond the register itself.</summary>
/// <param name="Language">The language of the fixed labels; <see langword="null"/> for the register's own.</param>
/// <param name="Compact">Whether to leave out the layout that is there for people.</param>
/// <param name="Layout">The shape of a Markdown export.</param>
/// <param name="SheetLayout">The template whose columns a spreadsheet has; required for XLSX and CSV.</param>
internal sealed record ExportSettings(RegisterLanguage? Language, bool Compact, MarkdownLayout Layout = MarkdownLayout.Document, SpreadsheetLayout? SheetLayout = null);

/// <summary>
/// The formats <c>export</c> writes, each as the one call into the library that renders it, as the bytes of the file.
/// </summary>
internal static class ExportFormats
{
    public const string Json = "json";
    public const string Markdown = "markdown";
    public const string Xlsx = "xlsx";
    public const string Csv = "csv";
    public const string Mermaid = "mermaid";
    public const string Dot = "dot";

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public static IReadOnlyDictionary<string, Func<Register, ExportSettings, byte[]>> All { get; } =
        new Dictionary<string, Func<Register, ExportSettings, byte[]>>(StringComparer.Ordinal)
        {
            [Json] = (register, settings) => Utf8WithoutBom.GetBytes(JsonExport.ToJson(register, new JsonExportOptions { Indented = !settings.Compact })),

            [Markdown] = (register, settings) => Utf8WithoutBom.GetBytes(MarkdownExport.ToMarkdown(register, new MarkdownExportOptions { Language = settings.Language, Layout = settings.Layout })),

            [Mermaid] = (register, settings) => Utf8WithoutBom.GetBytes(DataMap.ToMermaid(register, new DataMapOptions { Language = settings.Language })),

            [Dot] = (register, settings) => Utf8WithoutBom.GetBytes(DataMap.ToDot(register, new DataMapOptions { Language = settings.Language })),

            [Xlsx] = (register, settings) => Spreadsheet(register, settings, SpreadsheetFormat.Xlsx),

            [Csv] = (register, settings) => Spreadsheet(register, settings, SpreadsheetFormat.Csv),
        };

    /// <summary>Gets a value indicating whether <paramref name="format"/> is written as a spreadsheet, which needs a layout.</summary>
    public static bool IsSpreadsheet(string? format) => format is Xlsx or Csv;

    /// <summary>Gets a value indicating whether <paramref name="format"/> is a data map, which has no layout.</summary>
    public static bool IsDataMap(string? format) => format is Mermaid or Dot;

    private static byte[] Spreadsheet(Register register, ExportSettings settings, SpreadsheetFormat format)
    {
        using var stream = new MemoryStream();
        SpreadsheetExport.Write(register, stream, new SpreadsheetExportOptions
        {
            Format = format,
            Layout = settings.SheetLayout ?? throw new InvalidOperationException("The command's validation requires --layout for a spreadsheet."),
            Language = settings.Language,
        });
        return stream.ToArray();
    }
}
