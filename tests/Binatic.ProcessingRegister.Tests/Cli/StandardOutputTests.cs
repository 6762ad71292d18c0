using Binatic.ProcessingRegister.Cli;

namespace Binatic.ProcessingRegister.Tests.Cli;

/// <summary>A standard output that cannot be written to is reported as such, in a process of its own, as a user meets it.</summary>
public sealed class StandardOutputTests
{
    private const string FullDevice = "/dev/full";

    private static readonly string Example = Support.Fixture.Register("example.yaml");

    [Theory]
    [InlineData("export")]
    [InlineData("validate")]
    [InlineData("diff")]
    public void A_full_disk_on_standard_output_is_reported_and_exits_with_2(string command)
    {
        Assert.SkipUnless(File.Exists(FullDevice), $"{FullDevice} does not exist on this system.");
        string[] arguments = command switch
        {
            "export" => ["export", Example, "--format", "json"],
            "validate" => ["validate", Example],
            _ => ["diff", Example, Support.Fixture.Register("binatic.yaml")],
        };

        var (exitCode, error) = CliProcess.RunWithOutputTo(FullDevice, arguments);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("could not write to standard output: No space left on device", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
    }
}
