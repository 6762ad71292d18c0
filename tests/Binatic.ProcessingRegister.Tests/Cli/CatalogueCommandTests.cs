using Binatic.ProcessingRegister.Cli;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Rules;
using Binatic.ProcessingRegister.Tests.Export;
using static Binatic.ProcessingRegister.Tests.Cli.CliRun;

namespace Binatic.ProcessingRegister.Tests.Cli;

public sealed class CatalogueCommandTests
{
    [Fact]
    public void Rules_prints_one_aligned_line_per_rule_of_the_catalogue()
    {
        var (exitCode, output, _) = Run("rules");

        var lines = output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(RuleCatalogue.All.Select(rule => rule.Id), lines.Select(line => line[..6]));
        Assert.Single(RuleCatalogue.All.Zip(lines, (rule, line) => line.EndsWith(rule.Articles, StringComparison.Ordinal) ? line.Length - rule.Articles.Length : -1).Distinct());
    }

    [Fact]
    public void Explain_prints_the_rule_s_title_severity_articles_and_fix()
    {
        var rule = RuleCatalogue.Find("RPR012")!;

        var (exitCode, output, _) = Run("explain", "RPR012");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains(rule.Title, output, StringComparison.Ordinal);
        Assert.Contains(rule.Articles, output, StringComparison.Ordinal);
        Assert.Contains(rule.Rationale, output, StringComparison.Ordinal);
        Assert.Contains(rule.Fix, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_knows_the_load_and_schema_checks_too()
    {
        var (exitCode, output, _) = Run("explain", DiagnosticIds.UnknownReference);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.StartsWith($"{DiagnosticIds.UnknownReference}: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_reads_a_load_or_schema_check_from_the_catalogue()
    {
        var rule = RuleCatalogue.Find(DiagnosticIds.UnknownProperty)!;

        var (exitCode, output, _) = Run("explain", DiagnosticIds.UnknownProperty);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains($"{rule.Id}: {rule.Title}", output, StringComparison.Ordinal);
        Assert.Contains($"Default severity: {SeverityWord.Of(rule.DefaultSeverity)}", output, StringComparison.Ordinal);
        Assert.Contains(rule.Fix, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_lists_the_checks_made_while_loading_after_the_gdpr_rules()
    {
        var (_, output, _) = Run("rules");

        var ids = output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(line => line[..6]).ToList();
        Assert.True(ids.IndexOf("RPR091") < ids.IndexOf(DiagnosticIds.InputUnreadable));
        Assert.Contains(DiagnosticIds.UnknownReference, ids);
    }

    [Fact]
    public void Explaining_an_unknown_id_exits_with_2_and_suggests_the_nearest()
    {
        var (exitCode, _, error) = Run("explain", "RPR12");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("did you mean RPR012?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explaining_an_id_with_nothing_near_exits_with_2_and_points_to_the_list()
    {
        var (exitCode, _, error) = Run("explain", "XYZ");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("'XYZ' is not a rule id. Run 'processing-register rules'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_prints_the_embedded_schema_exactly()
    {
        var (exitCode, output, _) = Run("schema");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(File.ReadAllText(Support.Fixture.SchemaFile), output);
    }

    [Fact]
    public void Schema_with_an_output_writes_the_embedded_schema_to_that_file_and_nothing_to_standard_output()
    {
        using var directory = new TemporaryDirectory();
        var path = directory["processing-register.schema.json"];

        var (exitCode, output, _) = Run("schema", "--output", path);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Empty(output);
        Assert.Equal(File.ReadAllText(Support.Fixture.SchemaFile), File.ReadAllText(path));
    }

    [Fact]
    public void Schema_in_Dutch_prints_the_Dutch_schema_of_the_repository_exactly()
    {
        var (exitCode, output, _) = Run("schema", "--language", "nl");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(File.ReadAllText(DutchSchemaFile), output);
    }

    [Fact]
    public void Schema_in_English_prints_the_English_schema_as_without_the_option()
    {
        var (exitCode, output, _) = Run("schema", "--language", "en");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(File.ReadAllText(Support.Fixture.SchemaFile), output);
    }

    [Fact]
    public void Schema_in_Dutch_with_an_output_writes_the_Dutch_schema_to_that_file()
    {
        using var directory = new TemporaryDirectory();
        var path = directory["processing-register.schema.nl.json"];

        var (exitCode, output, _) = Run("schema", "--language", "nl", "--output", path);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Empty(output);
        Assert.Equal(File.ReadAllText(DutchSchemaFile), File.ReadAllText(path));
    }

    [Fact]
    public void Schema_in_Dutch_refuses_an_output_that_is_a_folder_in_Dutch()
    {
        using var directory = new TemporaryDirectory();

        var (exitCode, _, error) = Run("schema", "--language", "nl", "--output", directory.Path);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("--output is een map; geef het pad van een bestand om het schema naar te schrijven.", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(directory.Path));
    }

    [Fact]
    public void Schema_in_an_unknown_language_is_refused()
    {
        var (exitCode, output, error) = Run("schema", "--language", "de");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Empty(output);
        Assert.Contains("--language de: the language must be nl (Dutch) or en (English).", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_with_an_output_that_is_a_folder_is_refused_and_writes_nothing()
    {
        using var directory = new TemporaryDirectory();

        var (exitCode, _, error) = Run("schema", "--output", directory.Path);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains(": error: --output is a folder", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(directory.Path));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("rules")]
    [InlineData("explain")]
    [InlineData("schema")]
    public void Help_of_every_command_documents_the_exit_codes(string command)
    {
        var (exitCode, output, _) = Run(command, "--help");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Exit codes:", output, StringComparison.Ordinal);
    }

    private static string DutchSchemaFile => Path.Combine(AppContext.BaseDirectory, "Schema", "processing-register.schema.nl.json");
}
