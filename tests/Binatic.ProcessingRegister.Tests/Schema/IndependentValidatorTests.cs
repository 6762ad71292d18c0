using System.Text.Json;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Parsing;
using Binatic.ProcessingRegister.Schema;
using Binatic.ProcessingRegister.Tests.Support;
using Json.Schema;

namespace Binatic.ProcessingRegister.Tests.Schema;

/// <summary>
/// Cross-checks NJsonSchema with an independent validator, JsonSchema.Net, so that a register our loader
/// accepts is also valid for other tools that read the schema, and one it refuses is refused by them too.
/// </summary>
public sealed class IndependentValidatorTests
{
    private static readonly JsonSchema Independent = JsonSchema.FromText(RegisterSchema.Text);

    public static TheoryData<string> Registers => new(
        Directory.EnumerateFiles(Path.GetDirectoryName(Fixture.Register("example.yaml"))!, "*.yaml").Select(Path.GetFileName)!);

    public static TheoryData<string> InvalidFixtures => new(
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Schema", "Fixtures"), "*.yaml")
            .Select(Path.GetFileName)
            .Where(name => name is not ("valid.yaml" or "reference.yaml"))!);

    [Theory]
    [MemberData(nameof(Registers))]
    public void Every_register_in_the_repository_is_valid_for_an_independent_validator(string name)
    {
        var errors = IndependentErrors(File.ReadAllText(Fixture.Register(name)));

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void A_fixture_our_validator_refuses_is_refused_by_the_independent_validator_too(string name)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "Fixtures", name));
        var ours = RegisterLoader.Parse(text, name).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.RuleId.StartsWith("RPR12", StringComparison.Ordinal));

        Assert.NotEmpty(ours);
        Assert.NotEmpty(IndependentErrors(text));
    }

    private static List<string> IndependentErrors(string yaml)
    {
        var parsed = YamlDocumentReader.Read(yaml, "register.yaml", LoadOptions.Default.Limits);
        Assert.True(parsed.Map.IsComplete);
        using var document = JsonDocument.Parse(TreeTokens.Of(parsed.Map).ToString());

        var result = Independent.Evaluate(
            document.RootElement,
            new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

        // The list output also holds the errors of oneOf branches that did not apply; they matter only when the whole fails.
        if (result.IsValid)
        {
            return [];
        }

        return [.. (result.Details ?? [])
            .Where(detail => detail.Errors is not null)
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"))];
    }
}
