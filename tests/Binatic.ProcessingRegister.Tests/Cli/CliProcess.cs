using System.Diagnostics;
using Binatic.ProcessingRegister.Cli;

namespace Binatic.ProcessingRegister.Tests.Cli;

/// <summary>
/// Runs the built command as a process of its own, for what only a real process shows: its standard output going to
/// a device, or a signal.
/// </summary>
internal static class CliProcess
{
    /// <summary>Gets the command's assembly, which the test project's reference to it copies beside the tests.</summary>
    public static string Assembly => typeof(CommandLineApp).Assembly.Location;

    /// <summary>Runs the command through the shell with its standard output sent to <paramref name="standardOutput"/>.</summary>
    public static (int ExitCode, string Error) RunWithOutputTo(string standardOutput, params string[] args)
    {
        // The shell makes the redirection itself, so the command writes to the device exactly as it would for a user.
        var start = new ProcessStartInfo("/bin/sh")
        {
            ArgumentList = { "-c", "exec dotnet \"$@\" > \"$OUTPUT\"", "sh", Assembly },
            RedirectStandardError = true,
            Environment = { ["OUTPUT"] = standardOutput },
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }
}
