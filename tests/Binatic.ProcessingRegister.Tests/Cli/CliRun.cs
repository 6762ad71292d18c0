using Binatic.ProcessingRegister.Cli;
using Binatic.ProcessingRegister.Tests.Rules;

namespace Binatic.ProcessingRegister.Tests.Cli;

/// <summary>Runs the command line in-process with the rule tests' fixed clock and no colour, as a user would see it.</summary>
internal static class CliRun
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CommandLineApp.Run(args, output, error, RuleFixture.Clock);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Gets a fixture's path relative to the current directory with '/' separators, as output shows it.</summary>
    public static string RelativeFixture(string name) =>
        Path.GetRelativePath(Environment.CurrentDirectory, Support.Fixture.Path(name)).Replace('\\', '/');

    /// <summary>Gets the folder of this test's fixtures, which the SARIF and github tests use as the repository root.</summary>
    public static string FixtureFolder => Path.GetDirectoryName(Support.Fixture.Path("findings.yaml"))!;
}
