using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Binatic.ProcessingRegister.Tests.Cli;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.LanguageServer;

/// <summary>
/// Drives the built <c>processing-register lsp</c> from a real LSP client: <c>node/client.mjs</c>, on the npm packages
/// VS Code's language client is built on, which starts the server as its own process and speaks to it over stdio.
/// Without Node.js and npm these tests fail, saying so, rather than pass without having run.
/// </summary>
internal static class LspClient
{
    private static readonly Lock InstallLock = new();
    private static bool _installed;

    private static string Folder => RepositoryFile.Path("tests/Binatic.ProcessingRegister.Tests/LanguageServer/node");

    /// <summary>Runs one scenario of the client against the server and returns what it printed.</summary>
    /// <param name="scenario">The client's input (see client.mjs); the server's path is added here.</param>
    public static JsonObject Run(JsonObject scenario)
    {
        InstallOnce();
        scenario["server"] = CliProcess.Assembly;
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { "client.mjs", scenario.ToJsonString() },
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var (exitCode, output, error) = Execute(start, "Node.js (node) is not installed or not on PATH; install Node 20 or later to run the language server tests (.ci/run needs it too).");
        Assert.True(exitCode == 0, $"the LSP client exited with {exitCode}:\n{error}\n{output}");
        return JsonNode.Parse(output)!.AsObject();
    }

    private static void InstallOnce()
    {
        lock (InstallLock)
        {
            if (_installed || Directory.Exists(Path.Combine(Folder, "node_modules", "vscode-languageserver-protocol")))
            {
                _installed = true;
                return;
            }

            var start = new ProcessStartInfo("npm")
            {
                ArgumentList = { "ci", "--no-audit", "--no-fund" },
                WorkingDirectory = Folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            var (exitCode, output, error) = Execute(start, "npm is not installed or not on PATH; install Node.js 20 or later with npm to run the language server tests.");
            Assert.True(exitCode == 0, $"'npm ci' in {Folder} failed with {exitCode}:\n{error}\n{output}");
            _installed = true;
        }
    }

    private static (int ExitCode, string Output, string Error) Execute(ProcessStartInfo start, string whenMissing)
    {
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException(whenMissing);
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(whenMissing, exception);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{start.FileName} did not finish within 3 minutes");
            }

            return (process.ExitCode, output, error.Result);
        }
    }

    /// <summary>Reads the whole of a JSON value as a string, for assertions' messages.</summary>
    public static string Show(JsonNode? node) => node?.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) ?? "null";
}
