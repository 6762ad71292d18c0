using Binatic.ProcessingRegister.Cli;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Cli;

/// <summary><c>check-notice</c> on the command line: its findings, output formats and exit codes.</summary>
public sealed class CheckNoticeCommandTests
{
    private static string Register => Fixture.Register("binatic.yaml");

    private static string Policy => Path.Combine(AppContext.BaseDirectory, "Registers", "sources", "binatic-privacy-policy.nl.txt");

    [Fact]
    public void Checking_the_Binatic_policy_prints_the_Privacy_Shield_error_and_exits_1()
    {
        var (exitCode, output, _) = CliRun.Run("check-notice", Register, Policy, "--language", "en");

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        Assert.Contains("error RPR200: The notice names the EU-US Privacy Shield", output, StringComparison.Ordinal);
        Assert.Contains("1 register checked: 1 error, 1 warning.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void With_format_github_the_Privacy_Shield_sentence_is_an_error_annotation_on_its_line_of_the_notice()
    {
        var (exitCode, output, _) = CliRun.Run("check-notice", Register, Policy, "--format", "github", "--language", "en");

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        Assert.Contains(output.Split('\n'), line => line.StartsWith("::error file=", StringComparison.Ordinal)
            && line.Contains("binatic-privacy-policy.nl.txt,line=250,col=240", StringComparison.Ordinal)
            && line.Contains("title=RPR200::", StringComparison.Ordinal));
    }

    [Fact]
    public void A_notice_that_checks_clean_exits_0()
    {
        var notice = Path.Combine(Path.GetTempPath(), $"notice-{Guid.NewGuid():N}.txt");
        File.WriteAllText(notice, "Wij verwerken persoonsgegevens.");
        try
        {
            var (exitCode, _, _) = CliRun.Run("check-notice", Register, notice);

            // Every item of the register is missing from this notice: warnings, which fail only with --warnings-as-errors.
            Assert.Equal(ExitCodes.Success, exitCode);
            Assert.Equal(ExitCodes.ErrorsFound, CliRun.Run("check-notice", Register, notice, "--warnings-as-errors").ExitCode);
        }
        finally
        {
            File.Delete(notice);
        }
    }

    [Fact]
    public void Json_output_carries_each_finding_with_its_file_and_line()
    {
        var (_, output, _) = CliRun.Run("check-notice", Register, Policy, "--format", "json");

        Assert.Contains("\"RPR200\"", output, StringComparison.Ordinal);
        Assert.Contains("\"line\": 250", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_that_does_not_exist_exits_2()
    {
        var (exitCode, _, error) = CliRun.Run("check-notice", Register, "no-such-notice.txt");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("RPR100", error, StringComparison.Ordinal);
    }
}
