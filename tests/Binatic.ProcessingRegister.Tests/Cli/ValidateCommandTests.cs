using Binatic.ProcessingRegister.Cli;
using Binatic.ProcessingRegister.Tests.Rules;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Cli;

public sealed class ValidateCommandTests
{
    [Fact]
    public void Validating_the_example_register_exits_with_success()
    {
        var (exitCode, output, _) = Run("validate", Fixture.Register("example.yaml"));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("1 register checked: 0 errors, 0 warnings", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validating_a_register_with_errors_prints_them_in_the_canonical_format_and_exits_with_1()
    {
        var (exitCode, output, _) = Run("validate", RelativeFixture("with-errors.yaml"));

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        Approvals.Verify(output);
    }

    [Fact]
    public void Validating_a_missing_file_exits_with_2()
    {
        var (exitCode, _, error) = Run("validate", "no-such-register.yaml");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("no-such-register.yaml: error RPR100:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validating_without_a_path_is_a_usage_error_that_exits_with_2()
    {
        var (exitCode, _, error) = Run("validate");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("--help", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_that_exits_with_2()
    {
        var (exitCode, _, _) = Run("validate", "--no-such-option", Fixture.Register("example.yaml"));

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
    }

    [Fact]
    public void Validating_a_folder_checks_every_register_in_it()
    {
        var (_, output, _) = Run("validate", Path.GetDirectoryName(Fixture.Register("example.yaml"))!);

        Assert.Matches(@"\d+ registers? checked", output);
        Assert.DoesNotContain("0 registers checked", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_switched_off_with_severity_none_no_longer_fails_the_run()
    {
        var (before, _, _) = Run("validate", RelativeFixture("privacy-shield.yaml"), "--severity", "RPR013=none");
        var (after, output, _) = Run("validate", RelativeFixture("privacy-shield.yaml"), "--severity", "RPR024=none", "--severity", "RPR013=none");

        Assert.Equal(ExitCodes.ErrorsFound, before);
        Assert.DoesNotContain("RPR024", output, StringComparison.Ordinal);
        Assert.NotEqual(ExitCodes.UsageOrInputError, after);
    }

    [Fact]
    public void A_rule_lowered_to_a_warning_is_printed_as_a_warning()
    {
        var (_, output, _) = Run("validate", RelativeFixture("privacy-shield.yaml"), "--severity", "RPR024=warning");

        Assert.Contains("warning RPR024:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RPR024")]
    [InlineData("RPR024=fatal")]
    [InlineData("RPR999=error")]
    public void A_malformed_severity_is_a_usage_error_that_exits_with_2(string value)
    {
        var (exitCode, _, error) = Run("validate", RelativeFixture("privacy-shield.yaml"), "--severity", value);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains(value.Split('=')[0], error, StringComparison.Ordinal);
    }

    private static string RelativeFixture(string name) =>
        Path.GetRelativePath(Environment.CurrentDirectory, Fixture.Path(name)).Replace('\\', '/');

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CommandLineApp.Run(args, output, error, RuleFixture.Clock);
        return (exitCode, output.ToString(), error.ToString());
    }
}
