using System.Text;
using Binatic.ProcessingRegister.Cli;
using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Export;

public sealed class ExportCommandTests
{
    private static readonly string Example = Fixture.Register("example.yaml");
    private static readonly string Processor = Fixture.Register("verwerker-voorbeeld.yaml");

    private static string ExampleJson(JsonExportOptions? options = null) =>
        JsonExport.ToJson(RegisterLoader.LoadFile(Example).GetRegisterOrThrow(), options);

    [Fact]
    public void Exporting_as_json_writes_it_to_standard_output()
    {
        var (exitCode, output, _) = Run("export", Example, "--format", "json");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(ExampleJson(), output);
    }

    [Fact]
    public void Exporting_as_mermaid_writes_the_data_map_to_standard_output()
    {
        var (exitCode, output, _) = Run("export", Example, "--format", "mermaid", "--language", "en");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(global::Binatic.ProcessingRegister.Export.DataMap.ToMermaid(RegisterLoader.LoadFile(Example).GetRegisterOrThrow(), new DataMapOptions { Language = RegisterLanguage.English }), output);
    }

    [Fact]
    public void Exporting_as_dot_writes_the_data_map_as_a_graphviz_graph()
    {
        var (exitCode, output, _) = Run("export", Example, "--format", "dot");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(global::Binatic.ProcessingRegister.Export.DataMap.ToDot(RegisterLoader.LoadFile(Example).GetRegisterOrThrow()), output);
    }

    [Fact]
    public void A_data_map_takes_no_layout()
    {
        var (exitCode, _, error) = Run("export", Example, "--format", "mermaid", "--layout", "vng");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("--layout does not apply to --format mermaid", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Exporting_as_compact_json_writes_it_on_one_line()
    {
        var (_, output, _) = Run("export", Example, "--format", "json", "--compact");

        Assert.Equal(ExampleJson(new JsonExportOptions { Indented = false }), output);
    }

    [Fact]
    public void Exporting_to_a_file_writes_the_json_there_and_nothing_else()
    {
        using var directory = new TemporaryDirectory();

        var (exitCode, _, _) = Run("export", Example, "--format", "json", "--output", directory["register.json"]);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(["register.json"], directory.FileNames);
        Assert.Equal(ExampleJson(), File.ReadAllText(directory["register.json"]));
    }

    [Fact]
    public void Exporting_to_an_existing_file_replaces_it_whole()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory["register.json"], new string('x', 100_000));

        Run("export", Example, "--format", "json", "--output", directory["register.json"]);

        Assert.Equal(ExampleJson(), File.ReadAllText(directory["register.json"]));
    }

    [Fact]
    public void Exporting_over_its_own_input_is_refused_with_2_and_leaves_the_register_as_it_was()
    {
        using var directory = new TemporaryDirectory();
        File.Copy(Example, directory["register.yaml"]);
        var otherSpelling = Path.Combine(directory.Path, ".", "register.yaml");

        var (exitCode, _, error) = Run("export", directory["register.yaml"], "--format", "json", "--output", otherSpelling);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("is the register being exported", error, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Example), File.ReadAllText(directory["register.yaml"]));
        Assert.Equal(["register.yaml"], directory.FileNames);
    }

    [Fact]
    public void A_register_with_errors_is_not_exported_its_findings_are_printed_and_it_exits_with_1()
    {
        using var directory = new TemporaryDirectory();

        var (exitCode, output, error) = Run("export", Fixture.Path("with-errors.yaml"), "--format", "json", "--output", directory["register.json"]);

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        Assert.Contains("with-errors.yaml(16,22): error RPR131:", error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.Empty(directory.FileNames);
    }

    [Fact]
    public void A_register_with_errors_writes_nothing_to_standard_output()
    {
        var (_, output, _) = Run("export", Fixture.Path("with-errors.yaml"), "--format", "json");

        Assert.Empty(output);
    }

    [Fact]
    public void Warnings_go_to_standard_error_and_the_register_is_still_exported()
    {
        var (exitCode, output, error) = Run("export", Fixture.Path("with-warnings.yaml"), "--format", "json");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("with-warnings.yaml(20,14): warning RPR", error, StringComparison.Ordinal);
        Assert.Contains("\"country\": \"NO\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_register_exits_with_2()
    {
        var (exitCode, _, error) = Run("export", "no-such-register.yaml", "--format", "json");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("no-such-register.yaml: error RPR100:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_folder_that_does_not_exist_exits_with_2_and_creates_nothing()
    {
        using var directory = new TemporaryDirectory();

        var (exitCode, _, error) = Run("export", Example, "--format", "json", "--output", Path.Combine(directory.Path, "missing", "register.json"));

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("cannot be written", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(directory.Path));
    }

    [Fact]
    public void An_output_path_that_is_a_folder_exits_with_2_and_leaves_no_temporary_file()
    {
        using var directory = new TemporaryDirectory();
        Directory.CreateDirectory(directory["register.json"]);

        var (exitCode, _, _) = Run("export", Example, "--format", "json", "--output", directory["register.json"]);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Empty(directory.FileNames);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_that_exits_with_2()
    {
        var (exitCode, _, error) = Run("export", Example, "--format", "xml");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("xml", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaving_out_the_format_is_a_usage_error_that_exits_with_2()
    {
        var (exitCode, _, error) = Run("export", Example);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("--format", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_language_is_a_usage_error_that_exits_with_2()
    {
        var (exitCode, _, _) = Run("export", Example, "--format", "markdown", "--language", "de");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
    }

    [Fact]
    public void A_language_for_json_is_a_usage_error_that_exits_with_2()
    {
        var (exitCode, _, error) = Run("export", Example, "--format", "json", "--language", "en");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("--language applies to --format markdown, xlsx and csv only", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compact_markdown_is_a_usage_error_that_exits_with_2()
    {
        var (exitCode, _, error) = Run("export", Example, "--format", "markdown", "--compact");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("--compact applies to --format json only", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Exporting_markdown_with_the_vng_layout_writes_the_vng_table()
    {
        var (exitCode, output, _) = Run("export", Example, "--format", "markdown", "--layout", "vng", "--language", "en");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(
            MarkdownExport.ToMarkdown(RegisterLoader.LoadFile(Example).GetRegisterOrThrow(), new MarkdownExportOptions { Language = RegisterLanguage.English, Layout = MarkdownLayout.VngTable }),
            output);
    }

    [Fact]
    public void Exporting_markdown_with_the_document_layout_writes_the_default_document()
    {
        var (_, output, _) = Run("export", Example, "--format", "markdown", "--layout", "document");

        Assert.Equal(MarkdownExport.ToMarkdown(RegisterLoader.LoadFile(Example).GetRegisterOrThrow()), output);
    }

    [Fact]
    public void A_layout_for_json_is_a_usage_error_that_exits_with_2()
    {
        var (exitCode, _, error) = Run("export", Example, "--format", "json", "--layout", "vng");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("--layout applies to --format markdown, xlsx and csv only", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Exporting_a_processor_s_record_as_markdown_writes_the_processor_s_document()
    {
        var (exitCode, output, _) = Run("export", Processor, "--format", "markdown", "--language", "en");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(MarkdownExport.ToMarkdown(RegisterLoader.LoadFile(Processor).GetRegisterOrThrow(), new MarkdownExportOptions { Language = RegisterLanguage.English }), output);
    }

    [Fact]
    public void The_vng_layout_for_a_processor_s_record_is_a_usage_error_that_exits_with_2_and_writes_nothing()
    {
        using var directory = new TemporaryDirectory();

        var (exitCode, output, error) = Run("export", Processor, "--format", "markdown", "--layout", "vng", "--language", "en", "--output", directory["register.md"]);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("error: --layout vng writes the VNG model register's table of a controller's processing activities, and ", error, StringComparison.Ordinal);
        Assert.Contains("is only a processor's record (register.role: processor), which has none; export it without --layout, or with --layout document.", error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.Empty(directory.FileNames);
    }

    [Fact]
    public void The_vng_layout_for_a_processor_s_record_is_refused_in_the_register_s_own_language()
    {
        var (exitCode, _, error) = Run("export", Processor, "--format", "markdown", "--layout", "vng");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("error: --layout vng schrijft de tabel van het VNG-modelregister met de verwerkingen van een verwerkingsverantwoordelijke, en ", error, StringComparison.Ordinal);
    }

    // For the integrator: once ExportFormats wires MarkdownExport, replace this test with ones that check that
    // --format markdown writes MarkdownExport.ToMarkdown's text, in the language --language asks for.
    [Fact]
    public void Exporting_markdown_in_dutch_writes_the_register_as_a_document()
    {
        using var directory = new TemporaryDirectory();

        var (exitCode, _, _) = Run("export", Example, "--format", "markdown", "--language", "nl", "--output", directory["register.md"]);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(MarkdownExport.ToMarkdown(RegisterLoader.LoadFile(Example).GetRegisterOrThrow(), new MarkdownExportOptions { Language = RegisterLanguage.Dutch }), File.ReadAllText(directory["register.md"]));
    }

    [Fact]
    public void Exporting_as_csv_writes_the_spreadsheet_export_to_standard_output_in_the_language_asked_for()
    {
        var (exitCode, output, _) = Run("export", Example, "--format", "csv", "--layout", "cnil", "--language", "nl");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(Encoding.UTF8.GetString(Spreadsheet(SpreadsheetFormat.Csv, SpreadsheetLayout.Cnil, RegisterLanguage.Dutch)), output);
        Assert.Contains("Naam van de verwerking,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Exporting_as_xlsx_writes_the_workbook_to_the_output_file()
    {
        using var directory = new TemporaryDirectory();

        var (exitCode, _, _) = Run("export", Example, "--format", "xlsx", "--layout", "ico", "--output", directory["register.xlsx"]);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(["register.xlsx"], directory.FileNames);
        // The zip's entries carry the time they were written, so the workbook is compared by its parts.
        Assert.Equal(Parts(Spreadsheet(SpreadsheetFormat.Xlsx, SpreadsheetLayout.Ico, language: null)), Parts(File.ReadAllBytes(directory["register.xlsx"])));
    }

    [Fact]
    public void Exporting_as_csv_to_a_file_writes_it_with_its_byte_order_mark()
    {
        using var directory = new TemporaryDirectory();

        Run("export", Example, "--format", "csv", "--layout", "vng", "--output", directory["register.csv"]);

        Assert.Equal(Spreadsheet(SpreadsheetFormat.Csv, SpreadsheetLayout.Vng, language: null), File.ReadAllBytes(directory["register.csv"]));
    }

    [Fact]
    public void An_xlsx_over_a_read_only_file_is_refused_with_2_as_every_export_is()
    {
        using var directory = new TemporaryDirectory();
        var path = directory["register.xlsx"];
        File.WriteAllText(path, "old");
        File.SetAttributes(path, FileAttributes.ReadOnly);

        var (exitCode, _, error) = Run("export", Example, "--format", "xlsx", "--layout", "vng", "--output", path);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("read-only", error, StringComparison.Ordinal);
        Assert.Equal("old", File.ReadAllText(path));
    }

    [Fact]
    public void An_xlsx_without_an_output_file_is_a_usage_error_that_exits_with_2()
    {
        var (exitCode, output, error) = Run("export", Example, "--format", "xlsx", "--layout", "vng");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("--format xlsx writes a binary workbook, which is not written to standard output; give --output FILE.xlsx.", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public void A_spreadsheet_without_a_layout_is_a_usage_error_that_exits_with_2(string format)
    {
        var (exitCode, _, error) = Run("export", Example, "--format", format, "--output", "register." + format);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains($"--format {format} needs --layout ico, cnil or vng", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_document_layout_for_a_spreadsheet_is_a_usage_error_that_exits_with_2()
    {
        var (exitCode, _, error) = Run("export", Example, "--format", "csv", "--layout", "document");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("--format csv needs --layout ico, cnil or vng", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ico")]
    [InlineData("cnil")]
    public void A_spreadsheet_layout_for_markdown_is_a_usage_error_that_exits_with_2(string layout)
    {
        var (exitCode, _, error) = Run("export", Example, "--format", "markdown", "--layout", layout);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains($"--layout {layout} is a spreadsheet's layout; --format markdown takes --layout document or vng", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public void A_spreadsheet_of_a_processor_s_record_is_a_usage_error_that_exits_with_2_and_writes_nothing(string format)
    {
        using var directory = new TemporaryDirectory();

        var (exitCode, output, error) = Run("export", Processor, "--format", format, "--layout", "ico", "--language", "en", "--output", directory["register." + format]);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains($"error: --format {format} writes a row per processing activity of a controller's record, and ", error, StringComparison.Ordinal);
        Assert.Contains("is only a processor's record (register.role: processor), which has none; export it as --format markdown.", error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.Empty(directory.FileNames);
    }

    private static (string Sheet, string Strings) Parts(byte[] xlsx)
    {
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(xlsx), isEditable: false);
        var workbook = document.WorkbookPart!;
        return (workbook.WorksheetParts.Single().Worksheet.OuterXml, workbook.SharedStringTablePart!.SharedStringTable.OuterXml);
    }

    private static byte[] Spreadsheet(SpreadsheetFormat format, SpreadsheetLayout layout, RegisterLanguage? language)
    {
        using var stream = new MemoryStream();
        SpreadsheetExport.Write(RegisterLoader.LoadFile(Example).GetRegisterOrThrow(), stream, new SpreadsheetExportOptions { Format = format, Layout = layout, Language = language });
        return stream.ToArray();
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CommandLineApp.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
