using Binatic.ProcessingRegister.Cli;
using Binatic.ProcessingRegister.Tests.Support;
using static Binatic.ProcessingRegister.Tests.Cli.CliRun;

namespace Binatic.ProcessingRegister.Tests.Cli.Output;

/// <summary>
/// The same register, with errors, warnings, an info (RPR002 lowered) and an accepted finding, in every format.
/// </summary>
public sealed class OutputFormatTests
{
    [Fact]
    public void Text_prints_each_finding_in_the_canonical_format_and_a_summary()
    {
        var (exitCode, output, _) = Run("validate", RelativeFixture("findings.yaml"), "--severity", "RPR002=info");

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        Approvals.Verify(output);
    }

    [Fact]
    public void Text_is_the_default_format()
    {
        var (_, byDefault, _) = Run("validate", RelativeFixture("findings.yaml"));
        var (_, asText, _) = Run("validate", RelativeFixture("findings.yaml"), "--format", "text");

        Assert.Equal(asText, byDefault);
    }

    [Fact]
    public void GitHub_prints_a_workflow_command_per_finding_with_accepted_findings_as_notices()
    {
        var (exitCode, output, _) = Run("validate", RelativeFixture("findings.yaml"), "--severity", "RPR002=info", "--format", "github", "--repository-root", FixtureFolder);

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        Approvals.Verify(output);
    }

    [Fact]
    public void Sarif_lists_the_rules_and_a_result_per_finding_with_accepted_findings_suppressed()
    {
        var (exitCode, output, _) = Run("validate", RelativeFixture("findings.yaml"), "--severity", "RPR002=info", "--format", "sarif", "--repository-root", FixtureFolder);

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        Approvals.Verify(output, "sarif");
    }

    [Fact]
    public void Json_prints_every_finding_and_a_summary()
    {
        var (exitCode, output, _) = Run("validate", RelativeFixture("findings.yaml"), "--severity", "RPR002=info", "--format", "json");

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        Approvals.Verify(output, "json");
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_that_exits_with_2()
    {
        var (exitCode, _, error) = Run("validate", RelativeFixture("findings.yaml"), "--format", "xml");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("xml", error, StringComparison.Ordinal);
    }
}
