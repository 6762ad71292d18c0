using System.Diagnostics;
using System.Text.Json;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Editor;

/// <summary>
/// What the real yaml-language-server (the server behind Red Hat's YAML extension for VS Code) reports on broken
/// copies of the example register with the schema: run once, through <c>node/diagnostics.mjs</c>, for all tests.
/// </summary>
internal static class EditorDiagnostics
{
    /// <summary>A broken copy of the example register: its name and the one change that breaks it.</summary>
    public static readonly IReadOnlyList<(string Name, string Find, string Replace)> Breaks =
    [
        ("example.yaml", "", ""),
        ("basis.yaml", "- basis: contract", "- basis: overeenkomst"),
        ("safeguard.yaml", "- type: standardContractualClauses", "- type: safeHarbour"),
        ("date.yaml", "date: 2025-01-10", "date: 2021-02-30"),
        ("recipient-kind.yaml", "kind: publicAuthority", "kind: government"),
        ("id.yaml", "- id: orders", "- id: Orders_2024"),
    ];

    /// <summary>Copies of the Dutch Binatic register, with its modeline: its name and the one change that breaks it.</summary>
    public static readonly IReadOnlyList<(string Name, string Find, string Replace)> DutchBreaks =
    [
        ("binatic.yaml", "", ""),
        ("binatic-date.yaml", "policyDate: 2021-10-26", "policyDate: 2021-02-30"),
    ];

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<EditorDiagnostic>>> Run = new(RunServer);

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<EditorDiagnostic>>> DutchRun = new(RunDutch);

    /// <summary>Gets what the server reports on one of the <see cref="Breaks"/>.</summary>
    public static IReadOnlyList<EditorDiagnostic> Of(string name) => Run.Value[name];

    /// <summary>Gets what the server reports on one of the <see cref="DutchBreaks"/>.</summary>
    public static IReadOnlyList<EditorDiagnostic> OfDutch(string name) => DutchRun.Value[name];

    /// <summary>Gets the 0-based line of the first line that contains a text in the example register.</summary>
    public static int LineOf(string text) =>
        Array.FindIndex(ExampleLines(), line => line.Contains(text, StringComparison.Ordinal));

    private static string[] ExampleLines() => File.ReadAllLines(Fixture.Register("example.yaml"))
        .Where(line => !line.Contains("yaml-language-server:", StringComparison.Ordinal))
        .ToArray();

    private static Dictionary<string, IReadOnlyList<EditorDiagnostic>> RunServer()
    {
        var folder = ServerFolder();
        var work = Directory.CreateTempSubdirectory("editor-diagnostics-");
        try
        {
            // The modeline points at ../schema from registers/; here the server is told the schema instead, as
            // .vscode/settings.json tells VS Code.
            var example = string.Join('\n', ExampleLines()) + "\n";
            return Publish(folder, Fixture.SchemaFile, WriteBroken(example, "example", Breaks, work.FullName));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static Dictionary<string, IReadOnlyList<EditorDiagnostic>> RunDutch()
    {
        var folder = ServerFolder();
        var work = Directory.CreateTempSubdirectory("editor-diagnostics-nl-");
        try
        {
            // The register keeps its modeline, which points at ../schema/processing-register.schema.nl.json, while
            // the server is told the English schema for every file, as .vscode/settings.json tells VS Code: the
            // modeline must win.
            var schemaFolder = Directory.CreateDirectory(Path.Combine(work.FullName, "schema"));
            var dutchSchema = Path.Combine(Path.GetDirectoryName(Fixture.SchemaFile)!, "processing-register.schema.nl.json");
            File.Copy(dutchSchema, Path.Combine(schemaFolder.FullName, "processing-register.schema.nl.json"));
            var registers = Directory.CreateDirectory(Path.Combine(work.FullName, "registers"));
            var binatic = File.ReadAllText(Fixture.Register("binatic.yaml")).ReplaceLineEndings("\n");
            return Publish(folder, Fixture.SchemaFile, WriteBroken(binatic, "Binatic", DutchBreaks, registers.FullName));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string ServerFolder()
    {
        var folder = RepositoryFile.Path(Path.Combine("tests", "Binatic.ProcessingRegister.Tests", "Editor", "node"));
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "yaml-language-server")))
        {
            throw new InvalidOperationException(
                $"yaml-language-server is not installed: run 'npm ci' in {folder} (Node 20 or later), as .ci/run does.");
        }

        return folder;
    }

    private static Dictionary<string, IReadOnlyList<EditorDiagnostic>> Publish(string folder, string schema, List<string> files)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(folder, "diagnostics.mjs"), schema }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = StartNode(start);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("yaml-language-server did not finish within two minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"diagnostics.mjs exited with {process.ExitCode}: {error.Result}");
        }

        var byPath = JsonSerializer.Deserialize<Dictionary<string, List<EditorDiagnostic>>>(output.Result, WebJson)!;
        return byPath.ToDictionary(p => Path.GetFileName(p.Key), p => (IReadOnlyList<EditorDiagnostic>)p.Value);
    }

    private static Process StartNode(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Node (20 or later) is needed to run yaml-language-server, and 'node' was not found on the PATH.", e);
        }
    }

    // One copy of the register per break, in the folder, each with its first 'find' replaced (an empty 'find' keeps
    // the register whole).
    private static List<string> WriteBroken(string register, string which, IEnumerable<(string Name, string Find, string Replace)> breaks, string folder)
    {
        var files = new List<string>();
        foreach (var (name, find, replace) in breaks)
        {
            Assert.True(find.Length == 0 || register.Contains(find, StringComparison.Ordinal), $"The {which} register no longer has '{find}'.");
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, find.Length == 0 ? register : ReplaceFirst(register, find, replace));
            files.Add(path);
        }

        return files;
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }
}
