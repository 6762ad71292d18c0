using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Binatic.ProcessingRegister.Cli.Output;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Rules;
using static Binatic.ProcessingRegister.Tests.Cli.CliRun;

namespace Binatic.ProcessingRegister.Tests.Cli.Sarif;

/// <summary>
/// The SARIF output against the official SARIF 2.1.0 schema (OASIS, draft-04, kept beside this test so the check
/// never needs the network) and against what GitHub code scanning requires beyond it.
/// </summary>
public sealed class SarifSchemaTests
{
    [Fact]
    public async Task Sarif_output_is_valid_against_the_official_SARIF_2_1_0_schema()
    {
        var schema = await NJsonSchema.JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(SchemaPath(), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

        var errors = schema.Validate(Sarif());

        Assert.Empty(errors.Select(error => error.ToString()));
    }

    [Fact]
    public async Task The_schema_check_rejects_a_log_that_breaks_the_schema()
    {
        var schema = await NJsonSchema.JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(SchemaPath(), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

        var errors = schema.Validate("""{ "version": "2.1.0", "runs": [ { "tool": { "driver": {} }, "results": [ { "level": "fatal" } ] } ] }""");

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Every_rule_has_the_descriptions_and_help_GitHub_requires()
    {
        var rules = JsonNode.Parse(Sarif())!["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();

        Assert.All(rules, rule =>
        {
            foreach (var property in new[] { "shortDescription", "fullDescription", "help" })
            {
                Assert.False(string.IsNullOrWhiteSpace(rule![property]?["text"]?.GetValue<string>()), $"{rule!["id"]} has no {property}.text");
            }
        });
    }

    [Fact]
    public void The_driver_lists_the_whole_catalogue_and_the_load_checks()
    {
        var rules = JsonNode.Parse(Sarif())!["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();

        Assert.Equal(RuleCatalogue.All.Select(rule => rule.Id), rules.Select(rule => rule!["id"]!.GetValue<string>()));
        Assert.Contains(DiagnosticIds.UnknownReference, rules.Select(rule => rule!["id"]!.GetValue<string>()));
    }

    [Fact]
    public void Every_result_has_a_location_and_a_rule_index_that_points_at_its_rule()
    {
        var run = JsonNode.Parse(Sarif())!["runs"]![0]!;
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();

        Assert.All(run["results"]!.AsArray(), result =>
        {
            Assert.NotEmpty(result!["locations"]!.AsArray());
            Assert.Equal(result["ruleId"]!.GetValue<string>(), rules[result["ruleIndex"]!.GetValue<int>()]!["id"]!.GetValue<string>());
        });
    }

    [Fact]
    public void No_string_in_the_output_is_empty()
    {
        var strings = Strings(JsonNode.Parse(Sarif())).ToList();

        Assert.NotEmpty(strings);
        Assert.DoesNotContain(strings, value => value.Length == 0);
    }

    [Fact]
    public void The_semantic_version_has_no_commit_suffix()
    {
        var version = JsonNode.Parse(Sarif())!["runs"]![0]!["tool"]!["driver"]!["semanticVersion"]!.GetValue<string>();

        Assert.DoesNotContain('+', version);
    }

    private static string Sarif() =>
        Run("validate", RelativeFixture("findings.yaml"), "--severity", "RPR002=info", "--format", "sarif", "--repository-root", FixtureFolder).Output;

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(property => Strings(property.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    private static string SchemaPath([CallerFilePath] string sourceFile = "") =>
        Path.Combine(Path.GetDirectoryName(sourceFile)!, "sarif-schema-2.1.0.json");
}
