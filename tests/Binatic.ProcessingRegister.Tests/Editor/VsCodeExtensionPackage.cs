using System.ComponentModel;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Editor;

/// <summary>
/// The VS Code extension in <c>editors/vscode</c>, packaged once for all of <see cref="VsCodeExtensionTests"/> by the
/// real <c>@vscode/vsce</c> and unpacked, so that the tests read and run what a user installs. Installs the
/// extension's packages with <c>npm ci</c> first when they are missing; without Node.js and npm the tests fail,
/// saying so, rather than pass without having run.
/// </summary>
public sealed class VsCodeExtensionPackage : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("vscode-extension-");

    public VsCodeExtensionPackage()
    {
        string[] needed = ["@vscode/vsce", "vscode-languageclient", "typescript", "@types/vscode"];
        if (!needed.All(package => Directory.Exists(Path.Combine(Source, "node_modules", package))))
        {
            Run("npm", ["ci", "--no-audit", "--no-fund"], Source, TimeSpan.FromMinutes(5));
        }

        // vsce names the package itself when --out is a folder: the name the install instructions give.
        var output = Run("node", [Path.Combine("node_modules", "@vscode", "vsce", "vsce"), "package", "--out", _work.FullName], Source, TimeSpan.FromMinutes(3));
        Vsix = Directory.GetFiles(_work.FullName, "*.vsix").SingleOrDefault()
            ?? throw new InvalidOperationException($"vsce made no .vsix in {_work.FullName}:\n{output}");
        Unpacked = Path.Combine(_work.FullName, "unpacked");
        ZipFile.ExtractToDirectory(Vsix, Unpacked);
    }

    /// <summary>Gets the extension's folder in the repository.</summary>
    public static string Source => RepositoryFile.Path(Path.Combine("editors", "vscode"));

    /// <summary>Gets the .vsix that vsce made.</summary>
    public string Vsix { get; }

    /// <summary>Gets the folder the .vsix was unpacked into; the extension itself is its <c>extension</c> folder.</summary>
    public string Unpacked { get; }

    /// <summary>Gets the extension as VS Code installs it: the <c>extension</c> folder of the .vsix.</summary>
    public string Extension => Path.Combine(Unpacked, "extension");

    /// <summary>Reads the packaged package.json.</summary>
    public JsonObject Manifest() => JsonNode.Parse(File.ReadAllText(Path.Combine(Extension, "package.json")))!.AsObject();

    /// <summary>Runs a command to its end and returns its standard output; fails when it exits with other than 0.</summary>
    public static string Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"{fileName} is not installed or not on PATH; install Node.js 20 or later with npm to package and test the VS Code extension (.ci/run needs it too).",
                exception);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"'{fileName} {string.Join(' ', start.ArgumentList)}' did not finish within {timeout.TotalMinutes} minutes.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"'{fileName} {string.Join(' ', start.ArgumentList)}' in {workingDirectory} exited with {process.ExitCode}:\n{error.Result}\n{output.Result}");
            }

            return output.Result;
        }
    }

    public void Dispose() => _work.Delete(recursive: true);
}
