using Binatic.ProcessingRegister.Cli;
using Binatic.ProcessingRegister.Tests.Export;
using static Binatic.ProcessingRegister.Tests.Cli.CliRun;

namespace Binatic.ProcessingRegister.Tests.Cli;

/// <summary>Options whose wrong values are told to the user as usage errors, and limits every loading command shares.</summary>
public sealed class CommandOptionTests
{
    private static readonly string Example = Support.Fixture.Register("example.yaml");

    [Fact]
    public void Exporting_to_an_empty_output_path_is_a_usage_error_that_exits_with_2()
    {
        var (exitCode, _, error) = Run("export", Example, "--format", "json", "--output", "");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("--output needs a file path", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparing_into_an_empty_output_path_is_a_usage_error_that_exits_with_2()
    {
        var (exitCode, _, error) = Run("diff", Example, Example, "--output", "");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("--output needs a file path", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_refuses_a_register_over_the_max_file_size_with_RPR101_and_exits_with_1()
    {
        var (exitCode, output, error) = Run("export", Example, "--format", "json", "--max-file-size", "100");

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        Assert.Contains("error RPR101:", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public void Export_reads_a_register_over_4_MiB_when_the_max_file_size_is_raised()
    {
        using var directory = new TemporaryDirectory();
        var large = directory["large.yaml"];
        File.WriteAllText(large, File.ReadAllText(Example) + "\n" + new string('#', 5 * 1024 * 1024) + "\n");

        var (exitCode, output, error) = Run("export", large, "--format", "json", "--max-file-size", "10000000");

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.StartsWith("{", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_stops_reading_at_the_max_nodes_with_RPR101()
    {
        var (exitCode, _, error) = Run("export", Example, "--format", "json", "--max-nodes", "10");

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        Assert.Contains("error RPR101:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_refuses_a_register_over_the_max_file_size_with_RPR101_and_exits_with_1()
    {
        var (exitCode, _, error) = Run("diff", Example, Example, "--max-file-size", "100");

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        Assert.Contains("error RPR101:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_stops_reading_at_the_max_nodes_with_RPR101()
    {
        var (exitCode, _, error) = Run("diff", Example, Example, "--max-nodes", "10");

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        Assert.Contains("error RPR101:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export", "0")]
    [InlineData("diff", "-5")]
    [InlineData("export", "big")]
    public void A_max_file_size_for_export_or_diff_that_is_not_a_positive_number_is_a_usage_error(string command, string value)
    {
        string[] arguments = command == "export" ? ["export", Example, "--format", "json"] : ["diff", Example, Example];

        var (exitCode, _, _) = Run([.. arguments, "--max-file-size", value]);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
    }

    [Fact]
    public void A_repository_root_that_does_not_exist_is_a_usage_error_that_exits_with_2()
    {
        using var directory = new TemporaryDirectory();
        var missing = directory["missing"];

        var (exitCode, _, error) = Run("validate", Example, "--format", "sarif", "--repository-root", missing);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("--repository-root", error, StringComparison.Ordinal);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_the_severity_of_a_reading_or_schema_check_says_it_cannot_be_changed()
    {
        var (exitCode, _, error) = Run("validate", Example, "--severity", "RPR102=none");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("RPR102", error, StringComparison.Ordinal);
        Assert.Contains("cannot have their severity changed", error, StringComparison.Ordinal);
        Assert.DoesNotContain("There is no rule", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_the_severity_of_an_unknown_rule_says_there_is_no_such_rule()
    {
        var (exitCode, _, error) = Run("validate", Example, "--severity", "RPR999=none");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("There is no rule 'RPR999'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_help_says_that_only_a_register_that_does_not_load_is_refused_and_that_gdpr_rules_are_validates_job()
    {
        var (_, output, _) = Run("export", "--help");

        Assert.DoesNotContain("A register with errors is not exported", output, StringComparison.Ordinal);
        Assert.Contains("does not load", output, StringComparison.Ordinal);
        Assert.Contains("GDPR rules", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_with_gdpr_rule_errors_is_still_exported_with_0()
    {
        var (exitCode, output, _) = Run("export", Support.Fixture.Register("binatic.yaml"), "--format", "json");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.StartsWith("{", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_counted_apart_from_the_registers_checked()
    {
        using var directory = new TemporaryDirectory();
        File.CreateSymbolicLink(directory["gone.yaml"], directory["missing.yaml"]);

        var (exitCode, output, error) = Run("validate", directory.Path);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("RPR100", error, StringComparison.Ordinal);
        Assert.Contains("0 registers checked, 1 could not be read", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_that_does_not_exist_is_counted_as_not_read_rather_than_checked()
    {
        using var directory = new TemporaryDirectory();

        var (exitCode, output, _) = Run("validate", Example, directory["missing.yaml"]);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("1 register checked, 1 could not be read", output, StringComparison.Ordinal);
    }
}
