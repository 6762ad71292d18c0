using Binatic.ProcessingRegister.Cli;
using static Binatic.ProcessingRegister.Tests.Cli.CliRun;

namespace Binatic.ProcessingRegister.Tests.Cli;

public sealed class ValidateInputTests
{
    [Fact]
    public void Warnings_alone_exit_with_success()
    {
        var (exitCode, _, _) = Run("validate", RelativeFixture("only-warnings/warnings.yaml"));

        Assert.Equal(ExitCodes.Success, exitCode);
    }

    [Fact]
    public void Warnings_as_errors_exits_with_1_on_warnings()
    {
        var (exitCode, _, _) = Run("validate", RelativeFixture("only-warnings/warnings.yaml"), "--warnings-as-errors");

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
    }

    [Fact]
    public void Warnings_as_errors_never_counts_an_accepted_warning()
    {
        var (exitCode, output, _) = Run(
            "validate", RelativeFixture("accepted-warning.yaml"), "--warnings-as-errors", "--severity", "RPR002=none", "--severity", "RPR009=none");

        Assert.Contains("1 accepted", output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, exitCode);
    }

    [Fact]
    public void A_glob_checks_every_register_it_matches_below_its_folder()
    {
        var (_, output, _) = Run("validate", RelativeFixture("**/*.yaml"));

        Assert.Contains("Cli/Fixtures/only-warnings/warnings.yaml(", output, StringComparison.Ordinal);
        Assert.Contains("Cli/Fixtures/with-errors.yaml(", output, StringComparison.Ordinal);
        Assert.Contains($"{Directory.GetFiles(FixtureFolder, "*.yaml", SearchOption.AllDirectories).Length} registers checked", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_glob_matches_file_names_within_one_folder_only()
    {
        var (_, output, _) = Run("validate", RelativeFixture("with-*.yaml"));

        // The one register it matches is Dutch, and is reported in Dutch although it does not load.
        Assert.Contains("1 register gecontroleerd", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_glob_that_matches_nothing_exits_with_2_and_says_so()
    {
        var (exitCode, _, error) = Run("validate", RelativeFixture("**/*.yml"));

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("matches no file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Paths_are_shown_relative_to_the_current_directory_with_forward_slashes()
    {
        var (_, output, _) = Run("validate", Support.Fixture.Path("with-errors.yaml"));

        Assert.StartsWith(RelativeFixture("with-errors.yaml") + "(", output, StringComparison.Ordinal);
    }
}
