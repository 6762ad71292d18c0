using Binatic.ProcessingRegister.Schema;
using Newtonsoft.Json.Linq;

namespace Binatic.ProcessingRegister.Tests.Schema;

public sealed class SchemaFileTests
{
    private static JObject Schema => JObject.Parse(RegisterSchema.Text);

    [Fact]
    public void The_schema_uses_only_keywords_that_NJsonSchema_enforces_or_that_only_annotate()
    {
        Assert.Empty(SchemaKeywordAudit.UnenforcedKeywords(Schema));
    }

    [Fact]
    public void The_schema_uses_only_formats_that_NJsonSchema_checks()
    {
        Assert.Empty(SchemaKeywordAudit.UncheckedFormats(Schema));
    }

    [Fact]
    public void The_schema_puts_nothing_but_annotations_beside_a_ref()
    {
        Assert.Empty(SchemaKeywordAudit.KeywordsBesideRef(Schema));
    }

    [Fact]
    public void Every_property_has_a_title_and_a_description()
    {
        Assert.Empty(SchemaKeywordAudit.PropertiesWithoutTitleOrDescription(Schema));
    }

    [Fact]
    public void Every_object_schema_forbids_additional_properties()
    {
        Assert.Empty(SchemaKeywordAudit.ObjectsAllowingAdditionalProperties(Schema));
    }

    [Fact]
    public void The_audit_finds_ignored_keywords_and_unchecked_formats_however_deeply_nested()
    {
        var schema = JObject.Parse("""
            {
              "definitions": {
                "a": { "oneOf": [ { "type": "object", "additionalProperties": false, "properties": {
                  "b": { "title": "B", "description": "B.", "const": 1, "format": "country-code" } } } ] },
                "c": { "if": { "propertyNames": { "pattern": "x" } }, "then": { "dependentRequired": {} } }
              }
            }
            """);

        Assert.Equal(
            [
                "/definitions/a/oneOf/0/properties/b/const",
                "/definitions/c/if",
                "/definitions/c/if/propertyNames",
                "/definitions/c/then",
                "/definitions/c/then/dependentRequired",
            ],
            SchemaKeywordAudit.UnenforcedKeywords(schema).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["/definitions/a/oneOf/0/properties/b/format: country-code"],
            SchemaKeywordAudit.UncheckedFormats(schema));
    }

    [Fact]
    public void The_schema_is_valid_draft_07()
    {
        using var document = System.Text.Json.JsonDocument.Parse(RegisterSchema.Text);

        var result = Json.Schema.MetaSchemas.Draft7.Evaluate(
            document.RootElement,
            new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });

        var problems = (result.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_embedded_schema_is_the_schema_file()
    {
        var file = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "processing-register.schema.json"));

        Assert.Equal(file, RegisterSchema.Text);
    }
}
