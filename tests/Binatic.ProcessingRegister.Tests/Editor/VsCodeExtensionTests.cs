using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Binatic.ProcessingRegister.Tests.Cli;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Editor;

/// <summary>
/// The VS Code extension in <c>editors/vscode</c>, as the real <c>@vscode/vsce</c> packages it: what the .vsix holds,
/// and that its default settings start the built tool's language server, through the extension's own start code.
/// VS Code itself is not run: these tests stop where the extension hands the server's process to VS Code's client.
/// </summary>
public sealed class VsCodeExtensionTests(VsCodeExtensionPackage extension) : IClassFixture<VsCodeExtensionPackage>
{
    private static readonly string Script = RepositoryFile.Path(Path.Combine("tests", "Binatic.ProcessingRegister.Tests", "Editor", "vscode-extension", "packaged-extension.cjs"));

    [Fact]
    public void Packaging_names_the_vsix_after_the_extension_and_its_version()
    {
        var manifest = extension.Manifest();

        Assert.Equal($"{manifest["name"]}-{manifest["version"]}.vsix", Path.GetFileName(extension.Vsix));
        Assert.Equal("processing-register", (string)manifest["name"]!);
        Assert.Equal("binatic", (string)manifest["publisher"]!);
    }

    [Fact]
    public void The_vsix_holds_the_main_file_the_start_code_and_the_language_client_s_runtime()
    {
        using var vsix = ZipFile.OpenRead(extension.Vsix);
        var entries = vsix.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        var main = (string)extension.Manifest()["main"]!;

        Assert.Contains("extension/" + (main.StartsWith("./", StringComparison.Ordinal) ? main[2..] : main), entries);
        Assert.Contains("extension/server.js", entries);
        Assert.Contains("extension/node_modules/vscode-languageclient/package.json", entries);
        Assert.Contains("extension/node_modules/vscode-languageclient/lib/node/main.js", entries);
        Assert.Contains("extension/node_modules/vscode-languageserver-protocol/lib/node/main.js", entries);
        Assert.Contains("extension/node_modules/vscode-jsonrpc/lib/node/main.js", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("extension/node_modules/@vscode/vsce", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_package_the_extension_needs_at_run_time_is_in_the_vsix()
    {
        // Node's resolution: a package's dependency is in its own node_modules or in one of its parents' folders.
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>([extension.Extension]);
        while (pending.TryDequeue(out var folder))
        {
            if (!seen.Add(folder))
            {
                continue;
            }

            var dependencies = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "package.json")))!["dependencies"]?.AsObject() ?? [];
            foreach (var (name, _) in dependencies)
            {
                var found = Resolve(folder, name);
                if (found is null)
                {
                    missing.Add($"{name} (needed by {Path.GetRelativePath(extension.Unpacked, folder)})");
                }
                else
                {
                    pending.Enqueue(found);
                }
            }
        }

        Assert.Empty(missing);
        Assert.Contains(seen, f => f.EndsWith(Path.Combine("node_modules", "vscode-languageclient"), StringComparison.Ordinal));
    }

    [Fact]
    public void Every_module_the_extension_requires_is_in_the_vsix_but_VS_Code_s_own()
    {
        var result = Start("requires");

        Assert.Empty(result["unresolved"]!.AsArray().Select(m => (string)m!));
    }

    [Fact]
    public void The_extension_asks_for_the_VS_Code_version_its_language_client_needs()
    {
        var client = JsonNode.Parse(File.ReadAllText(Path.Combine(extension.Extension, "node_modules", "vscode-languageclient", "package.json")))!;

        Assert.Equal((string)client["engines"]!["vscode"]!, (string)extension.Manifest()["engines"]!["vscode"]!);
    }

    [Fact]
    public void The_extension_s_code_type_checks_against_the_VS_Code_API_and_the_language_client_s_types()
    {
        // TypeScript checks the plain JavaScript (jsconfig.json) against VS Code's own declarations of its API and
        // vscode-languageclient's: a misspelt API or a wrong client option fails here, though VS Code is not run.
        VsCodeExtensionPackage.Run("node", [Path.Combine("node_modules", "typescript", "bin", "tsc"), "-p", "jsconfig.json"], VsCodeExtensionPackage.Source, TimeSpan.FromMinutes(2));
    }

    [Fact]
    public void The_code_is_checked_against_the_oldest_VS_Code_API_the_extension_s_engine_allows()
    {
        var source = JsonNode.Parse(File.ReadAllText(Path.Combine(VsCodeExtensionPackage.Source, "package.json")))!;

        Assert.Equal("^" + (string)source["devDependencies"]!["@types/vscode"]!, (string)source["engines"]!["vscode"]!);
    }

    [Fact]
    public void The_server_settings_default_to_the_tool_s_command_and_its_lsp_argument()
    {
        var properties = extension.Manifest()["contributes"]!["configuration"]!["properties"]!;
        var tool = XDocument.Load(RepositoryFile.Path(Path.Combine("src", "Binatic.ProcessingRegister.Cli", "Binatic.ProcessingRegister.Cli.csproj")));

        Assert.Equal("processing-register", (string)properties["processingRegister.server.command"]!["default"]!);
        Assert.Equal(["lsp"], properties["processingRegister.server.args"]!["default"]!.AsArray().Select(a => (string)a!));
        Assert.Equal("processing-register", tool.Descendants("ToolCommandName").Single().Value);
    }

    [Fact]
    public void The_extension_reviews_the_YAML_files_under_a_registers_folder_by_default()
    {
        var manifest = extension.Manifest();
        var files = manifest["contributes"]!["configuration"]!["properties"]!["processingRegister.files"]!["default"]!.AsArray();

        Assert.Contains("onLanguage:yaml", manifest["activationEvents"]!.AsArray().Select(e => (string)e!));
        Assert.Equal(["**/registers/**/*.yaml"], files.Select(f => (string)f!));
    }

    [Fact]
    public void The_default_command_and_arguments_start_the_built_tool_s_language_server_and_end_it_on_shutdown_and_exit()
    {
        // The tool's own executable, found on the PATH by its command name as a global tool's would be.
        var tool = Path.GetDirectoryName(CliProcess.Assembly)!;
        var path = tool + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");

        var result = Start("handshake", new Dictionary<string, string> { ["PATH"] = path });

        Assert.Equal("processing-register", (string)result["command"]!);
        Assert.Equal(["lsp"], result["args"]!.AsArray().Select(a => (string)a!));
        var capabilities = result["capabilities"]!;
        Assert.Equal(2, (int)capabilities["textDocumentSync"]!["change"]!);
        Assert.True((bool)capabilities["definitionProvider"]!);
        Assert.True((bool)capabilities["codeActionProvider"]!);
        Assert.Equal(0, (int)result["exitCode"]!);
    }

    [Fact]
    public void A_command_that_cannot_be_started_is_reported_with_the_install_command_and_the_setting()
    {
        var result = Start("missing");

        var error = (string?)result["error"];
        Assert.NotNull(error);
        Assert.Contains("'processing-register lsp'", error, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install -g Binatic.ProcessingRegister.Cli", error, StringComparison.Ordinal);
        Assert.Contains("'processingRegister.server.command'", error, StringComparison.Ordinal);
    }

    private JsonObject Start(string mode, IDictionary<string, string>? environment = null)
    {
        var output = VsCodeExtensionPackage.Run("node", [Script, extension.Extension, mode], Path.GetDirectoryName(Script)!, TimeSpan.FromMinutes(2), environment);
        return JsonNode.Parse(output)!.AsObject();
    }

    private string? Resolve(string folder, string name)
    {
        for (var at = folder; at.StartsWith(extension.Extension, StringComparison.Ordinal); at = Path.GetDirectoryName(at)!)
        {
            var candidate = Path.Combine(at, "node_modules", name);
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        return null;
    }
}
