using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Editor;

/// <summary>The repository's VS Code settings: the schema for the registers, the YAML extension, and a validate task.</summary>
public sealed class VsCodeSettingsTests
{
    [Fact]
    public void The_settings_give_the_registers_the_schema()
    {
        var schemas = Read("settings.json")["yaml.schemas"]!.AsObject();

        var registers = schemas["./schema/processing-register.schema.json"]!.AsArray().Select(p => p!.GetValue<string>());

        Assert.Contains("registers/**/*.yaml", registers);
    }

    [Fact]
    public void A_register_s_modeline_names_the_schema_in_the_register_s_own_language_which_wins_over_the_settings()
    {
        var wrong = new List<string>();
        foreach (var path in Directory.EnumerateFiles(RepositoryFile.Path("registers"), "*.yaml", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(path);
            var dutch = Regex.IsMatch(text, @"^  language: nl\s*$", RegexOptions.Multiline);
            var schema = dutch ? "processing-register.schema.nl.json" : "processing-register.schema.json";
            if (!text.StartsWith($"# yaml-language-server: $schema=../schema/{schema}\n", StringComparison.Ordinal)
                && !text.StartsWith($"# yaml-language-server: $schema=../schema/{schema}\r\n", StringComparison.Ordinal))
            {
                wrong.Add(Path.GetFileName(path));
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void The_YAML_extension_is_recommended()
    {
        var recommendations = Read("extensions.json")["recommendations"]!.AsArray().Select(r => r!.GetValue<string>());

        Assert.Contains("redhat.vscode-yaml", recommendations);
    }

    [Fact]
    public void The_validate_tasks_problem_matcher_reads_a_finding_of_the_command_line()
    {
        var tasks = Read("tasks.json")["tasks"]!.AsArray();
        Assert.NotEmpty(tasks);
        foreach (var task in tasks)
        {
            Assert.Contains("validate", task!["command"]!.GetValue<string>(), StringComparison.Ordinal);
            var matcher = task["problemMatcher"]!;
            Assert.Equal("autoDetect", matcher["fileLocation"]![0]!.GetValue<string>());
            var pattern = matcher["pattern"]!;

            var match = Regex.Match(
                "registers/binatic.yaml(80,5): error RPR032: Verwerker 'ict-dienstverlener' heeft geen vastgelegde verwerkersovereenkomst (art. 28 lid 3 AVG).",
                pattern["regexp"]!.GetValue<string>());

            Assert.True(match.Success);
            Assert.Equal("registers/binatic.yaml", Group(match, pattern, "file"));
            Assert.Equal("80", Group(match, pattern, "line"));
            Assert.Equal("5", Group(match, pattern, "column"));
            Assert.Equal("error", Group(match, pattern, "severity"));
            Assert.Equal("RPR032", Group(match, pattern, "code"));
            Assert.StartsWith("Verwerker 'ict-dienstverlener'", Group(match, pattern, "message"), StringComparison.Ordinal);
        }
    }

    private static string Group(Match match, JsonNode pattern, string name) => match.Groups[pattern[name]!.GetValue<int>()].Value;

    private static JsonNode Read(string name) => JsonNode.Parse(File.ReadAllText(RepositoryFile.Path(Path.Combine(".vscode", name))))!;
}
