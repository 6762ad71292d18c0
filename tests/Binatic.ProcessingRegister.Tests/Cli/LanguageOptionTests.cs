using System.Text.Json;
using Binatic.ProcessingRegister.Cli;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Rules;
using Binatic.ProcessingRegister.Tests.Export;
using Binatic.ProcessingRegister.Tests.Support;
using static Binatic.ProcessingRegister.Tests.Cli.CliRun;

namespace Binatic.ProcessingRegister.Tests.Cli;

/// <summary>
/// <c>--language nl|en</c>: findings, rule texts and the diff's labels in Dutch or English; by default a register's
/// findings are in its own language. Rule ids, places and JSON Pointers are the same in both.
/// </summary>
public sealed class LanguageOptionTests
{
    private static string Binatic => Fixture.Register("binatic.yaml");

    private static string Example => Fixture.Register("example.yaml");

    [Fact]
    public void Validate_in_Dutch_prints_the_Binatic_register_s_findings_in_the_AVG_s_terms()
    {
        var (exitCode, output, _) = Run("validate", "--language", "nl", Binatic);

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        Assert.Contains(": error RPR032: Verwerker 'ict-dienstverlener' heeft geen vastgelegde verwerkersovereenkomst;", output, StringComparison.Ordinal);
        Assert.Contains("(art. 28 lid 3 en 28 lid 9 AVG).", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Processor 'ict-dienstverlener' has no processing agreement", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Dutch_register_is_validated_in_Dutch_by_default()
    {
        var (_, byDefault, _) = Run("validate", Binatic);
        var (_, inDutch, _) = Run("validate", "--language", "nl", Binatic);

        Assert.Equal(inDutch, byDefault);
    }

    [Fact]
    public void An_English_register_is_validated_in_English_by_default()
    {
        var (_, byDefault, _) = Run("validate", RelativeFixture("findings.yaml"));
        var (_, inEnglish, _) = Run("validate", "--language", "en", RelativeFixture("findings.yaml"));

        Assert.Equal(inEnglish, byDefault);
        Assert.Contains("The register describes no technical or organisational security measures", byDefault, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Dutch_register_in_English_gives_the_same_findings_at_the_same_places()
    {
        var (_, dutch, _) = Run("validate", "--language", "nl", "--format", "json", Binatic);
        var (_, english, _) = Run("validate", "--language", "en", "--format", "json", Binatic);

        Assert.Equal(Places(english), Places(dutch));
        Assert.NotEqual(Messages(english), Messages(dutch));
    }

    [Fact]
    public void Json_output_carries_the_Dutch_messages()
    {
        var (exitCode, output, _) = Run("validate", RelativeFixture("findings.yaml"), "--severity", "RPR002=info", "--format", "json", "--language", "nl");

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        Approvals.Verify(output, "json");
    }

    [Fact]
    public void Text_output_carries_the_Dutch_messages()
    {
        var (exitCode, output, _) = Run("validate", RelativeFixture("findings.yaml"), "--severity", "RPR002=info", "--language", "nl");

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        Approvals.Verify(output);
    }

    [Fact]
    public void Sarif_output_carries_the_Dutch_messages_and_rule_texts_under_the_same_rule_names()
    {
        var (exitCode, output, _) = Run("validate", RelativeFixture("findings.yaml"), "--severity", "RPR002=info", "--format", "sarif", "--repository-root", FixtureFolder, "--language", "nl");

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        Approvals.Verify(output, "sarif");
    }

    [Fact]
    public void Sarif_rule_names_are_the_same_in_both_languages()
    {
        var (_, dutch, _) = Run("validate", RelativeFixture("findings.yaml"), "--format", "sarif", "--repository-root", FixtureFolder, "--language", "nl");
        var (_, english, _) = Run("validate", RelativeFixture("findings.yaml"), "--format", "sarif", "--repository-root", FixtureFolder, "--language", "en");

        Assert.Equal(RuleNames(english), RuleNames(dutch));
    }

    [Fact]
    public void A_Dutch_register_with_a_misspelt_key_is_reported_in_Dutch()
    {
        // The register does not load, but it says which language it is in, and its officer reads Dutch.
        using var directory = new TemporaryDirectory();
        var path = directory["register.yaml"];
        File.WriteAllText(path, File.ReadAllText(Binatic).Replace("\nactivities:", "\nactivites: []\nactivities:", StringComparison.Ordinal));

        var (exitCode, output, _) = Run("validate", path);

        Assert.Equal((ExitCodes.ErrorsFound, true), (exitCode, output.Contains("error RPR120: Onbekende sleutel", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_register_that_is_not_valid_yaml_is_reported_in_English_unless_a_language_is_chosen()
    {
        // Its own language is not known when the YAML cannot be read.
        var notLoading = Path.Combine(AppContext.BaseDirectory, "Loading", "Fixtures", "integer-beyond-64-bits.yaml");

        var (_, english, _) = Run("validate", notLoading);
        var (_, dutch, _) = Run("validate", "--language", "nl", notLoading);

        Assert.Contains("does not fit in 64 bits", english, StringComparison.Ordinal);
        Assert.Contains("past niet in 64 bits", dutch, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_language_is_a_usage_error_that_exits_with_2()
    {
        var (exitCode, output, error) = Run("validate", "--language", "de", Example);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Empty(output);
        Assert.Contains("--language de: the language must be nl (Dutch) or en (English).", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_in_Dutch_prints_the_rule_s_Dutch_texts()
    {
        var rule = RuleCatalogue.Find("RPR032")!.In(RegisterLanguage.Dutch);

        var (exitCode, output, _) = Run("explain", "RPR032", "--language", "nl");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.StartsWith("RPR032: Verwerker zonder verwerkersovereenkomst", output, StringComparison.Ordinal);
        Assert.Contains("Artikelen: art. 28 lid 3 en 28 lid 9 AVG", output, StringComparison.Ordinal);
        Assert.Contains($"Oplossing: {rule.Fix}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_is_English_by_default()
    {
        var (_, output, _) = Run("explain", "RPR032");

        Assert.StartsWith("RPR032: Processor without a processing agreement", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_in_Dutch_lists_the_Dutch_titles_and_articles()
    {
        var (exitCode, output, _) = Run("rules", "--language", "nl");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Verwerker zonder verwerkersovereenkomst", output, StringComparison.Ordinal);
        Assert.Contains("Onbekende verwijzing", output, StringComparison.Ordinal);
        Assert.Equal(RuleCatalogue.All.Count, output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Length);
    }

    private static List<(string, int, int, string)> Places(string json) =>
        [.. Findings(json).Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32(), f.GetProperty("file").GetString()!))];

    private static List<string> Messages(string json) => [.. Findings(json).Select(f => f.GetProperty("message").GetString()!)];

    private static List<JsonElement> Findings(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("findings").EnumerateArray().ToList();

    private static List<string> RuleNames(string sarif) =>
        [.. JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("name").GetString()!)];
}
