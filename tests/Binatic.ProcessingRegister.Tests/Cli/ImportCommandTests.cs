using Binatic.ProcessingRegister.Cli;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Tests.Export;
using static Binatic.ProcessingRegister.Tests.Cli.CliRun;

namespace Binatic.ProcessingRegister.Tests.Cli;

/// <summary><c>import</c>: a spreadsheet in a template's layout to a register file, with its findings printed as <c>validate</c> prints them.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private const string Csv =
        "Name of the controller,Example Webshop BV\r\n" +
        "\r\n" +
        "Business function,Purpose of processing,Categories of individuals,Categories of personal data,Article 6 lawful basis for processing personal data\r\n" +
        "Sales,Delivering orders,Customers,Name,Because we always have\r\n";

    private readonly TemporaryDirectory _directory = new();

    public ImportCommandTests() => File.WriteAllText(Spreadsheet, Csv);

    private string Spreadsheet => _directory["register.csv"];

    private string Output => _directory["register.yaml"];

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Importing_writes_the_register_and_prints_each_finding_at_its_cell_as_validate_does()
    {
        var (exitCode, output, error) = Run("import", Spreadsheet, "--layout", "ico", "--output", Output);

        Assert.Equal((ExitCodes.Success, string.Empty), (exitCode, error));
        Assert.Contains($"{Spreadsheet}!E4: warning RPR165: 'Because we always have' is not recognisable as a legal basis", output, StringComparison.Ordinal);
        Assert.Contains("Run 'processing-register validate", output, StringComparison.Ordinal);
        var loaded = RegisterLoader.LoadFile(Output);
        Assert.DoesNotContain(loaded.Diagnostics, finding => finding.RuleId is "RPR102" or "RPR120");
    }

    [Fact]
    public void An_existing_output_file_is_not_replaced_without_force()
    {
        File.WriteAllText(Output, "edited by hand");

        var (exitCode, _, error) = Run("import", Spreadsheet, "--layout", "ico", "--output", Output);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("Pass --force to replace it", error, StringComparison.Ordinal);
        Assert.Equal("edited by hand", File.ReadAllText(Output));
    }

    [Fact]
    public void With_force_an_existing_output_file_is_replaced()
    {
        File.WriteAllText(Output, "edited by hand");

        var (exitCode, _, _) = Run("import", Spreadsheet, "--layout", "ico", "--output", Output, "--force");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.StartsWith("# Imported from", File.ReadAllText(Output), StringComparison.Ordinal);
    }

    [Fact]
    public void The_spreadsheet_itself_is_never_the_output()
    {
        var (exitCode, _, error) = Run("import", Spreadsheet, "--layout", "ico", "--output", Spreadsheet, "--force");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("is the spreadsheet being imported", error, StringComparison.Ordinal);
        Assert.Equal(Csv, File.ReadAllText(Spreadsheet));
    }

    [Fact]
    public void A_spreadsheet_without_a_table_in_the_layout_exits_with_1_and_writes_nothing()
    {
        var (exitCode, output, _) = Run("import", Spreadsheet, "--layout", "vng", "--output", Output);

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        Assert.Contains("error RPR160", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Output));
    }

    [Fact]
    public void A_missing_spreadsheet_exits_with_2()
    {
        var (exitCode, _, error) = Run("import", _directory["missing.xlsx"], "--layout", "ico", "--output", Output);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("error RPR100", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Output));
    }

    [Fact]
    public void A_file_that_is_no_spreadsheet_exits_with_2_and_writes_nothing()
    {
        var workbook = _directory["broken.xlsx"];
        File.WriteAllText(workbook, "not a zip file");

        var (exitCode, output, _) = Run("import", workbook, "--layout", "ico", "--output", Output);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("error RPR15", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Output));
    }

    [Fact]
    public void With_language_nl_the_register_and_the_findings_are_Dutch()
    {
        var (exitCode, output, _) = Run("import", Spreadsheet, "--layout", "ico", "--language", "nl", "--output", Output);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("is niet herkenbaar als een rechtsgrond", output, StringComparison.Ordinal);
        Assert.Contains("geïmporteerd naar", output, StringComparison.Ordinal);
        Assert.Contains("language: nl", File.ReadAllText(Output), StringComparison.Ordinal);
    }

    [Fact]
    public void The_layout_and_the_output_are_required()
    {
        var (exitCode, _, error) = Run("import", Spreadsheet);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("--layout", error, StringComparison.Ordinal);
        Assert.Contains("--output", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_help_says_the_output_is_required_because_the_findings_go_to_standard_output()
    {
        var (_, output, _) = Run("import", "--help");

        Assert.Contains("(the findings go to standard output)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("standard output when omitted", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_output_is_a_usage_error_that_asks_for_a_file()
    {
        var (exitCode, _, error) = Run("import", Spreadsheet, "--layout", "ico", "--output", string.Empty);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("Give the file to write to.", error, StringComparison.Ordinal);
    }
}
