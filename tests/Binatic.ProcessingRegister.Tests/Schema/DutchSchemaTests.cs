using System.Text.Json;
using System.Text.RegularExpressions;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Parsing;
using Binatic.ProcessingRegister.Schema;
using Binatic.ProcessingRegister.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Binatic.ProcessingRegister.Tests.Schema;

/// <summary>
/// The Dutch schema for editors (<c>schema/processing-register.schema.nl.json</c>) is made from the English schema and
/// the translations file (<c>schema/translations/processing-register.schema.nl.json</c>): every text translated, no
/// translation stale, and nothing but the texts changed.
/// </summary>
public sealed class DutchSchemaTests
{
    private const string DutchSchemaPath = "schema/processing-register.schema.nl.json";

    private static readonly Regex CodeSpan = new("`[^`]+`", RegexOptions.CultureInvariant);

    // JsonSchema.Net registers a schema under its $id, once per process (other tests read the English schema too),
    // so each is read once and without its $id, which is not what is compared.
    private static readonly Lazy<Json.Schema.JsonSchema> EnglishSchema = new(() => WithoutId(RegisterSchema.Text));

    private static readonly Lazy<Json.Schema.JsonSchema> DutchSchema = new(() => WithoutId(RegisterSchema.TextIn(RegisterLanguage.Dutch)));

    private static string Translations => File.ReadAllText(RepositoryFile.Path("schema/translations/processing-register.schema.nl.json"));

    private static string Dutch => RegisterSchema.TextIn(RegisterLanguage.Dutch);

    public static TheoryData<string> Documents => new(
        Directory.EnumerateFiles(Path.GetDirectoryName(Fixture.Register("example.yaml"))!, "*.yaml")
            .Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Schema", "Fixtures"), "*.yaml"))
            .Select(path => Path.GetRelativePath(AppContext.BaseDirectory, path)));

    [Fact]
    public void The_checked_in_Dutch_schema_is_the_one_made_from_the_English_schema_and_the_translations()
    {
        var path = RepositoryFile.Path(DutchSchemaPath);
        var received = Path.ChangeExtension(path, ".received.json");
        if (File.Exists(path) && File.ReadAllText(path).ReplaceLineEndings("\n") == Dutch)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, Dutch);
        Assert.Fail($"{DutchSchemaPath} is not the schema made from the English schema and the translations. Compare it with "
            + $"{Path.GetFileName(received)} beside it, and when that is right, rename it over {Path.GetFileName(path)} to approve it.");
    }

    [Fact]
    public void The_embedded_translations_are_the_repository_s_translations_file()
    {
        Assert.Equal(Translations, RegisterSchema.DutchTranslations);
    }

    [Fact]
    public void Every_text_of_the_English_schema_has_a_Dutch_translation()
    {
        var missing = SchemaTranslation.Check(RegisterSchema.Text, Translations).Missing;

        Assert.True(missing.Count == 0, $"{missing.Count} texts have no Dutch translation:{Environment.NewLine}{string.Join(Environment.NewLine, missing)}");
    }

    [Fact]
    public void No_translation_translates_an_English_text_that_has_changed_since()
    {
        var stale = SchemaTranslation.Check(RegisterSchema.Text, Translations).Stale;

        Assert.True(stale.Count == 0, $"The English text of these entries is no longer the schema's; translate the new text and copy it into 'en':{Environment.NewLine}{string.Join(Environment.NewLine, stale)}");
    }

    [Fact]
    public void No_translation_is_for_a_text_the_schema_does_not_have()
    {
        var unknown = SchemaTranslation.Check(RegisterSchema.Text, Translations).Unknown;

        Assert.True(unknown.Count == 0, $"The schema has no text at these pointers; remove the entries:{Environment.NewLine}{string.Join(Environment.NewLine, unknown)}");
    }

    [Fact]
    public void The_check_reports_a_missing_a_stale_and_an_unknown_entry()
    {
        const string Schema = """{ "title": "Register", "properties": { "a": { "title": "A", "description": "Old." } } }""";
        const string Entries = """
            { "texts": {
              "/title": { "en": "Register", "nl": "Register" },
              "/properties/a/description": { "en": "Older.", "nl": "Ouder." },
              "/properties/b/title": { "en": "B", "nl": "B" } } }
            """;

        var gaps = SchemaTranslation.Check(Schema, Entries);

        Assert.Equal(["/properties/a/title"], gaps.Missing);
        Assert.Equal(["/properties/a/description"], gaps.Stale);
        Assert.Equal(["/properties/b/title"], gaps.Unknown);
    }

    [Fact]
    public void A_Markdown_description_that_repeats_its_description_repeats_the_translated_description()
    {
        const string Schema = """{ "properties": { "a": { "description": "Old.", "markdownDescription": "Old." } } }""";
        const string Entries = """{ "texts": { "/properties/a/description": { "en": "Old.", "nl": "Oud." } } }""";

        var translated = JObject.Parse(SchemaTranslation.Apply(Schema, Entries));

        Assert.Equal("Oud.", (string?)translated["properties"]!["a"]!["markdownDescription"]);
        Assert.Empty(SchemaTranslation.Check(Schema, Entries).Missing);
    }

    [Fact]
    public void Making_a_translated_schema_leaves_data_and_date_like_text_as_written()
    {
        const string Schema = """{ "title": "A", "default": "2021-10-26", "enum": [ "title" ], "defaultSnippets": [ { "label": "A", "body": { "title": "A" } } ] }""";
        const string Entries = """{ "texts": { "/title": { "en": "A", "nl": "B" }, "/defaultSnippets/0/label": { "en": "A", "nl": "B" } } }""";

        var translated = SchemaTranslation.Apply(Schema, Entries);

        Assert.Equal(
            """{"title":"B","default":"2021-10-26","enum":["title"],"defaultSnippets":[{"label":"B","body":{"title":"A"}}]}""",
            Newtonsoft.Json.JsonConvert.DeserializeObject<JObject>(translated, new Newtonsoft.Json.JsonSerializerSettings { DateParseHandling = Newtonsoft.Json.DateParseHandling.None })!
                .ToString(Newtonsoft.Json.Formatting.None));
    }

    [Fact]
    public void The_Dutch_schema_differs_from_the_English_only_in_its_texts_and_its_id()
    {
        var english = JObject.Parse(RegisterSchema.Text);
        var dutch = JObject.Parse(Dutch);
        foreach (var schema in new[] { english, dutch })
        {
            foreach (var text in SchemaTranslation.Texts(schema).ToList())
            {
                text.Value.Value = "text";
            }

            schema["$id"] = "id";
        }

        Assert.True(JToken.DeepEquals(english, dutch), "The Dutch schema differs from the English one in more than its texts.");
    }

    [Fact]
    public void The_Dutch_schema_has_its_own_id()
    {
        Assert.Equal(
            "https://binatic.nl/schemas/processing-register/v1/processing-register.schema.nl.json",
            (string?)JObject.Parse(Dutch)["$id"]);
    }

    [Fact]
    public void A_translation_keeps_every_code_span_of_the_English_text()
    {
        var dutch = SchemaTranslation.Texts(JObject.Parse(Dutch)).ToDictionary(text => text.Pointer, text => (string)text.Value.Value!);
        var lost = SchemaTranslation.Texts(JObject.Parse(RegisterSchema.Text))
            .SelectMany(text => CodeSpan.Matches((string)text.Value.Value!)
                .Where(code => !dutch[text.Pointer].Contains(code.Value, StringComparison.Ordinal))
                .Select(code => $"{text.Pointer}: {code.Value}"))
            .ToList();

        Assert.True(lost.Count == 0, string.Join(Environment.NewLine, lost));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_register_gets_the_same_errors_from_the_Dutch_schema_as_from_the_English(string path)
    {
        var parsed = YamlDocumentReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, path)), "register.yaml", LoadOptions.Default.Limits);
        Assert.True(parsed.Map.IsComplete);
        using var document = JsonDocument.Parse(TreeTokens.Of(parsed.Map).ToString());

        Assert.Equal(Errors(EnglishSchema.Value, document), Errors(DutchSchema.Value, document));
    }

    private static Json.Schema.JsonSchema WithoutId(string text)
    {
        var schema = JObject.Parse(text);
        schema.Remove("$id");
        return Json.Schema.JsonSchema.FromText(schema.ToString());
    }

    private static List<string> Errors(Json.Schema.JsonSchema schema, JsonDocument document)
    {
        var result = schema.Evaluate(
            document.RootElement,
            new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List, RequireFormatValidation = true });
        return [.. (result.Details ?? [])
            .Where(detail => detail.Errors is not null)
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation} {detail.EvaluationPath}: {error.Key} {error.Value}"))];
    }
}
