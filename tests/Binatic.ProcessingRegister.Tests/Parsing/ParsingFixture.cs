using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Parsing;

namespace Binatic.ProcessingRegister.Tests.Parsing;

/// <summary>Reads YAML the way the loader does, from a string or from a fixture file beside the tests.</summary>
internal static class ParsingFixture
{
    public const string File = "register.yaml";

    public static ParsedDocument Read(string yaml, LoadOptions? options = null) =>
        YamlDocumentReader.Read(yaml, File, (options ?? LoadOptions.Default).Limits);

    public static ParsedDocument ReadFixture(string name) =>
        YamlDocumentReader.Read(
            System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Parsing", "Fixtures", name)),
            name,
            LoadOptions.Default.Limits);

    /// <summary>Asserts that reading found exactly one problem, of the given rule, and returns it.</summary>
    public static Diagnostic SingleFinding(ParsedDocument document, string ruleId)
    {
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(ruleId, diagnostic.RuleId);
        return diagnostic;
    }
}
