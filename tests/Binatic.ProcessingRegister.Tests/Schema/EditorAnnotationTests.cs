using System.Globalization;
using System.Text.RegularExpressions;
using Binatic.ProcessingRegister.Schema;
using Newtonsoft.Json.Linq;

namespace Binatic.ProcessingRegister.Tests.Schema;

/// <summary>
/// What the schema says for editors (yaml-language-server and VS Code) beside the rules: Markdown texts, a text per
/// value of every closed list, snippets, and error messages in words.
/// </summary>
public sealed class EditorAnnotationTests
{
    private static readonly Regex Tabstop = new(@"\$\{(?<n>\d+)(?::(?<text>[^}]*)|\|(?<choices>[^|]*)\|)\}|\$(?<n>\d+)", RegexOptions.CultureInvariant);

    private static JObject Root => JObject.Parse(RegisterSchema.Text);

    [Fact]
    public void Every_description_has_a_Markdown_description_beside_it()
    {
        var missing = SchemaKeywordWalker.Schemas(Root)
            .Where(s => s.Schema["description"] is JValue && s.Schema["markdownDescription"] is not JValue)
            .Select(s => s.Pointer);

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_closed_list_has_a_Markdown_text_for_each_value()
    {
        var missing = SchemaKeywordWalker.Schemas(Root)
            .Where(s => s.Schema["enum"] is JArray values
                && !(s.Schema["markdownEnumDescriptions"] is JArray texts && texts.Count == values.Count && texts.All(t => !string.IsNullOrWhiteSpace(t.ToString()))))
            .Select(s => s.Pointer);

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("legalBasis", "basis", 6)]
    [InlineData("safeguard", "type", 7)]
    [InlineData("designation", "designated", 2)]
    public void A_choice_keyed_by_a_closed_list_lists_every_value_of_the_key_beside_its_branches(string definition, string key, int count)
    {
        var schema = (JObject)Root["definitions"]![definition]!;
        var fromBranches = schema["oneOf"]!.SelectMany(b => b["properties"]![key]!["enum"]!).Select(v => v.ToString()).ToList();

        var listed = schema["properties"]![key]!["enum"]!.Select(v => v.ToString()).ToList();

        Assert.Equal(count, listed.Count);
        Assert.Equal(fromBranches, listed);
    }

    [Theory]
    [InlineData("date")]
    [InlineData("id")]
    [InlineData("idReference")]
    [InlineData("countryCode")]
    public void A_pattern_an_editor_checks_has_an_error_message_in_words(string definition)
    {
        var schema = Root["definitions"]![definition]!;

        Assert.NotNull(schema["pattern"]);
        Assert.False(string.IsNullOrWhiteSpace(schema["patternErrorMessage"]?.ToString()));
    }

    [Fact]
    public void The_date_pattern_accepts_every_day_of_the_calendar_and_no_impossible_day()
    {
        var pattern = new Regex(Root["definitions"]!["date"]!["pattern"]!.ToString(), RegexOptions.CultureInvariant);
        var wrong = new List<string>();
        for (var month = 0; month <= 13; month++)
        {
            for (var day = 0; day <= 32; day++)
            {
                var text = string.Create(CultureInfo.InvariantCulture, $"2024-{month:00}-{day:00}");
                var exists = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
                if (pattern.IsMatch(text) != exists)
                {
                    wrong.Add(text);
                }
            }
        }

        Assert.Empty(wrong);
        Assert.DoesNotMatch(pattern, "2021-02-30");
        Assert.DoesNotMatch(pattern, "2021-04-31");
        Assert.DoesNotMatch(pattern, "21-10-26");
    }

    [Theory]
    [InlineData("activity")]
    [InlineData("legalBasis")]
    [InlineData("transfer")]
    public void A_snippet_reuses_no_tabstop_with_another_default(string definition)
    {
        foreach (var body in SnippetBodies(definition))
        {
            var defaults = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Match tabstop in Tabstop.Matches(body.ToString()))
            {
                var text = DefaultOf(tabstop);
                Assert.True(
                    defaults.TryAdd(tabstop.Groups["n"].Value, text) || defaults[tabstop.Groups["n"].Value] == text,
                    $"Tabstop ${tabstop.Groups["n"].Value} has two defaults in the {definition} snippet.");
            }
        }
    }

    [Theory]
    [InlineData("activity")]
    [InlineData("legalBasis")]
    [InlineData("transfer")]
    public void A_snippet_filled_in_with_its_defaults_is_valid(string definition)
    {
        var wrapper = new JObject { ["$schema"] = "http://json-schema.org/draft-07/schema#", ["$ref"] = $"#/definitions/{definition}", ["definitions"] = Root["definitions"] };
        var schema = Json.Schema.JsonSchema.FromText(wrapper.ToString());

        foreach (var body in SnippetBodies(definition))
        {
            using var filled = System.Text.Json.JsonDocument.Parse(Tabstop.Replace(body.ToString(), DefaultOf));

            var result = schema.Evaluate(filled.RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });

            Assert.True(result.IsValid, filled.RootElement.ToString());
        }
    }

    private static List<JToken> SnippetBodies(string definition)
    {
        var snippets = Root["definitions"]![definition]!["defaultSnippets"] as JArray;
        Assert.NotNull(snippets);
        Assert.NotEmpty(snippets);
        return [.. snippets.Select(s => s["body"]!)];
    }

    private static string DefaultOf(Match tabstop) =>
        tabstop.Groups["text"].Success ? tabstop.Groups["text"].Value
        : tabstop.Groups["choices"].Success ? tabstop.Groups["choices"].Value.Split(',')[0]
        : string.Empty;
}
