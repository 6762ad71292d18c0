using Newtonsoft.Json.Linq;

namespace Binatic.ProcessingRegister.Tests.Schema;

/// <summary>
/// What the register's schema may say, given that NJsonSchema is what enforces it: keywords it checks, formats it
/// checks, and annotations. Anything else would look like a rule in editors and be silently skipped by the library.
/// </summary>
internal static class SchemaKeywordAudit
{
    private static readonly HashSet<string> AllowedKeywords = new(StringComparer.Ordinal)
    {
        // Enforced by NJsonSchema's JsonSchemaValidator.
        "type", "enum", "allOf", "anyOf", "oneOf", "not",
        "properties", "required", "additionalProperties", "patternProperties", "minProperties", "maxProperties",
        "minLength", "maxLength", "pattern", "format",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "items", "additionalItems", "minItems", "maxItems", "uniqueItems",
        "$ref", "definitions",

        // Annotations, which only document.
        "$schema", "$id", "$comment", "title", "description", "default", "examples",

        // Annotations of editors (yaml-language-server and VS Code), which the validators ignore.
        "markdownDescription", "markdownEnumDescriptions", "defaultSnippets", "patternErrorMessage", "errorMessage",
    };

    private static readonly HashSet<string> CheckedFormats = new(StringComparer.Ordinal)
    {
        "date-time", "date", "time", "timespan", "email", "hostname", "ipv4", "ipv6", "uri", "guid", "uuid", "byte", "base64",
    };

    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal) { "title", "description", "markdownDescription", "$comment" };

    public static IEnumerable<string> UnenforcedKeywords(JObject root) =>
        from s in SchemaKeywordWalker.Schemas(root)
        from p in s.Schema.Properties()
        where !AllowedKeywords.Contains(p.Name)
        select $"{s.Pointer}/{p.Name}";

    public static IEnumerable<string> UncheckedFormats(JObject root) =>
        from s in SchemaKeywordWalker.Schemas(root)
        let format = s.Schema["format"]?.ToString()
        where format is not null && !CheckedFormats.Contains(format)
        select $"{s.Pointer}/format: {format}";

    // Draft-07 ignores everything beside a $ref, while NJsonSchema may not: such a keyword would behave differently
    // in editors and in the library.
    public static IEnumerable<string> KeywordsBesideRef(JObject root) =>
        from s in SchemaKeywordWalker.Schemas(root)
        where s.Schema.ContainsKey("$ref")
        from p in s.Schema.Properties()
        where p.Name != "$ref" && !Annotations.Contains(p.Name)
        select $"{s.Pointer}/{p.Name}";

    public static IEnumerable<string> PropertiesWithoutTitleOrDescription(JObject root) =>
        from s in SchemaKeywordWalker.Schemas(root)
        where s.Schema["properties"] is JObject
        from p in ((JObject)s.Schema["properties"]!).Properties()
        where p.Value is not JObject property || IsBlank(property["title"]) || IsBlank(property["description"])
        select $"{s.Pointer}/properties/{p.Name}";

    public static IEnumerable<string> ObjectsAllowingAdditionalProperties(JObject root) =>
        from s in SchemaKeywordWalker.Schemas(root)
        where IsObjectSchema(s.Schema) && !ListsDiscriminatorValues(s.Schema)
        where s.Schema["additionalProperties"] is not JValue { Type: JTokenType.Boolean, Value: false }
        select s.Pointer;

    // The properties beside a oneOf only list every value of its discriminating key, so that editors offer them all;
    // each branch of the oneOf forbids other properties itself.
    private static bool ListsDiscriminatorValues(JObject schema) =>
        schema["oneOf"] is JArray branches
        && schema["properties"] is JObject properties
        && !schema.ContainsKey("additionalProperties")
        && properties.Properties().All(p => p.Value is JObject { } value && value["enum"] is JArray)
        && branches.All(b => b is JObject branch && branch["additionalProperties"] is JValue { Type: JTokenType.Boolean, Value: false });

    private static bool IsObjectSchema(JObject schema) =>
        schema.ContainsKey("properties")
        || schema["type"] is JValue { Value: "object" }
        || (schema["type"] is JArray types && types.Any(t => t.ToString() == "object"));

    private static bool IsBlank(JToken? value) => value is not JValue { Type: JTokenType.String } text || string.IsNullOrWhiteSpace(text.ToString());
}
