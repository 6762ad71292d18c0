using System.Globalization;
using System.Text.Json;
using NJsonSchema;

namespace Binatic.ProcessingRegister.Schema.Shortcut;

/// <summary>
/// The keywords of one object of a JSON Schema document, read from its text the way NJsonSchema (11.6) deserializes
/// them. Reading the text costs a fraction of NJsonSchema's reflection-driven load, so a valid register can be judged
/// without it. Only keywords whose meaning to NJsonSchema is certain are read; an object with any other keyword, or
/// with a value NJsonSchema would convert rather than take as written, is not read at all, and its shape is opaque.
/// </summary>
internal sealed record SchemaKeywords
{
    // Keywords that only describe: NJsonSchema keeps them (or drops them in its extension data) without validating.
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "title", "description", "default", "examples", "$comment", "$schema", "$id", "markdownDescription",
        "deprecated", "readOnly", "writeOnly", "definitions",

        // What only editors read (yaml-language-server and VS Code).
        "markdownEnumDescriptions", "defaultSnippets", "patternErrorMessage", "errorMessage",
    };

    private SchemaKeywords()
    {
    }

    /// <summary>Gets the <c>$ref</c>, when the object is a reference with nothing but annotations beside it.</summary>
    public string? Reference { get; private set; }

    /// <summary>Gets the one type the schema names, or <see cref="JsonType.None"/> when it names none.</summary>
    public JsonType Type { get; private set; }

    /// <summary>Gets the pattern text, as NJsonSchema passes it to <c>Regex.IsMatch</c>.</summary>
    public string? Pattern { get; private set; }

    /// <summary>Gets <c>minLength</c>.</summary>
    public int? MinLength { get; private set; }

    /// <summary>Gets <c>maxLength</c>.</summary>
    public int? MaxLength { get; private set; }

    /// <summary>Gets the format's name.</summary>
    public string? Format { get; private set; }

    /// <summary>
    /// Gets the texts NJsonSchema compares a value's text with (a null value's text is null), or none without <c>enum</c>.
    /// </summary>
    public IReadOnlyList<string?> Enumeration { get; private set; } = [];

    /// <summary>Gets <c>minimum</c>.</summary>
    public decimal? Minimum { get; private set; }

    /// <summary>Gets <c>maximum</c>.</summary>
    public decimal? Maximum { get; private set; }

    /// <summary>Gets a draft-6 <c>exclusiveMinimum</c>: a number.</summary>
    public decimal? ExclusiveMinimum { get; private set; }

    /// <summary>Gets a draft-6 <c>exclusiveMaximum</c>: a number.</summary>
    public decimal? ExclusiveMaximum { get; private set; }

    /// <summary>Gets a draft-4 <c>exclusiveMinimum</c>: whether <c>minimum</c> itself is excluded.</summary>
    public bool IsExclusiveMinimum { get; private set; }

    /// <summary>Gets a draft-4 <c>exclusiveMaximum</c>: whether <c>maximum</c> itself is excluded.</summary>
    public bool IsExclusiveMaximum { get; private set; }

    // The elements are kept as written rather than in lists: collections of JsonElement, a struct of another
    // assembly, are compiled at run time, which a valid register would pay for at every start.

    /// <summary>Gets the <c>properties</c> object, each property's name unique; an undefined element without one.</summary>
    public JsonElement Properties { get; private set; }

    /// <summary>Gets the declared properties' names, in the order written.</summary>
    public IReadOnlyList<string> PropertyNames { get; private set; } = [];

    /// <summary>Gets the required properties' names, in the order written.</summary>
    public IReadOnlyList<string> Required { get; private set; } = [];

    /// <summary>Gets <c>additionalProperties</c> as a flag; absent, it allows them.</summary>
    public bool AllowAdditionalProperties { get; private set; } = true;

    /// <summary>Gets <c>minProperties</c>; 0 when absent, which NJsonSchema does not check.</summary>
    public int MinProperties { get; private set; }

    /// <summary>Gets <c>maxProperties</c>; 0 when absent, which NJsonSchema does not check.</summary>
    public int MaxProperties { get; private set; }

    /// <summary>Gets the one schema of every item, when <c>items</c> is a schema; an undefined element without one.</summary>
    public JsonElement Item { get; private set; }

    /// <summary>Gets whether <c>items</c> is a schema.</summary>
    public bool HasItem => Item.ValueKind != JsonValueKind.Undefined;

    /// <summary>Gets <c>minItems</c>; 0 when absent.</summary>
    public int MinItems { get; private set; }

    /// <summary>Gets <c>maxItems</c>; 0 when absent.</summary>
    public int MaxItems { get; private set; }

    /// <summary>Gets <c>uniqueItems</c>.</summary>
    public bool UniqueItems { get; private set; }

    /// <summary>Gets the array of <c>oneOf</c>'s branches; an undefined element without one.</summary>
    public JsonElement OneOf { get; private set; }

    /// <summary>Gets the number of <c>oneOf</c>'s branches; 0 without it.</summary>
    public int OneOfCount => OneOf.ValueKind == JsonValueKind.Array ? OneOf.GetArrayLength() : 0;

    /// <summary>Reads one object of a schema document.</summary>
    /// <param name="element">The object.</param>
    /// <returns>Its keywords, or null when it has one this reading does not know to mean what NJsonSchema makes of it.</returns>
    public static SchemaKeywords? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var keywords = new SchemaKeywords();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var hasValidation = false;
        foreach (var keyword in element.EnumerateObject())
        {
            // Of a keyword written twice, Json.NET keeps the last; better not to depend on it.
            if (!seen.Add(keyword.Name))
            {
                return null;
            }

            if (Annotations.Contains(keyword.Name))
            {
                continue;
            }

            if (keyword.Name != "$ref")
            {
                hasValidation = true;
            }

            if (!keywords.TryRead(keyword.Name, keyword.Value))
            {
                return null;
            }
        }

        // NJsonSchema validates against the schema a $ref points to and ignores (even clears, for `type`) the keywords
        // beside it; JSON Schema drafts differ on that, so such an object is left to NJsonSchema.
        return keywords.Reference is not null && hasValidation ? null : keywords;
    }

    /// <summary>Tells how NJsonSchema's reading of the same object differs from this one.</summary>
    /// <param name="schema">NJsonSchema's schema for the object (its actual schema, references followed).</param>
    /// <returns>One line per keyword read otherwise; none when both readings agree.</returns>
    public IEnumerable<string> DifferencesFrom(JsonSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var differences = new List<string>();
        Compare("type", Type, TypeOf(schema.Type));
        Compare("pattern", Pattern, schema.Pattern);
        Compare("minLength", MinLength, schema.MinLength);
        Compare("maxLength", MaxLength, schema.MaxLength);
        Compare("format", Format, schema.Format);
        Compare("enum", Texts(Enumeration), Texts(NJsonSchemaTexts(schema)));
        Compare("minimum", Minimum, schema.Minimum);
        Compare("maximum", Maximum, schema.Maximum);
        Compare("exclusiveMinimum", ExclusiveMinimum, schema.ExclusiveMinimum);
        Compare("exclusiveMaximum", ExclusiveMaximum, schema.ExclusiveMaximum);
        Compare("exclusiveMinimum (draft 4)", IsExclusiveMinimum, schema.IsExclusiveMinimum);
        Compare("exclusiveMaximum (draft 4)", IsExclusiveMaximum, schema.IsExclusiveMaximum);
        Compare("multipleOf", null, schema.MultipleOf);
        Compare("x-nullable", null, schema.IsNullableRaw);
        Compare("properties", Texts(PropertyNames), Texts(schema.Properties.Keys));
        Compare("properties' parent", true, schema.Properties.Values.All(p => ReferenceEquals(p.ParentSchema, schema)));
        Compare("required", Texts(Required), Texts(schema.RequiredProperties));
        Compare("additionalProperties", AllowAdditionalProperties, schema.AllowAdditionalProperties);
        Compare("additionalProperties as a schema", false, schema.AdditionalPropertiesSchema is not null);
        Compare("patternProperties", 0, schema.PatternProperties.Count);
        Compare("minProperties", MinProperties, schema.MinProperties);
        Compare("maxProperties", MaxProperties, schema.MaxProperties);
        Compare("items as a schema", HasItem, schema.Item is not null);
        Compare("items as a list", 0, schema.Items.Count);
        Compare("minItems", MinItems, schema.MinItems);
        Compare("maxItems", MaxItems, schema.MaxItems);
        Compare("uniqueItems", UniqueItems, schema.UniqueItems);
        Compare("oneOf", OneOfCount, schema.OneOf.Count);
        Compare("anyOf", 0, schema.AnyOf.Count);
        Compare("allOf", 0, schema.AllOf.Count);
        Compare("not", false, schema.Not is not null);
        return differences;

        // Boxed rather than generic, for the same reason as the elements above.
        void Compare(string keyword, object? mine, object? theirs)
        {
            if (!Equals(mine, theirs))
            {
                differences.Add($"{keyword}: {mine} read from the text, {theirs} by NJsonSchema");
            }
        }
    }

    // A comparable, printable form of a list of names or texts.
    private static string Texts(IEnumerable<string?> texts) =>
        string.Join(", ", texts.Select(text => text is null ? "null" : $"'{text}'"));

    // The texts NJsonSchema's validator compares with (ToString() of each value), or a marker where that text is not
    // plain: a number's text depends on its CLR type, a date's on the culture.
    private static IEnumerable<string?> NJsonSchemaTexts(JsonSchema schema) => schema.Enumeration.Select(value => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? bool.TrueString : bool.FalseString,
        _ => $"<{value.GetType().Name} {Convert.ToString(value, CultureInfo.InvariantCulture)}>",
    });

    private static bool TryReadCount(JsonElement value, out int count)
    {
        count = 0;
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out count);
    }

    private static bool TryReadDecimal(JsonElement value, out decimal number)
    {
        number = 0;
        return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out number);
    }

    // Json.NET, as NJsonSchema configures it, turns a string into a DateTime when the target is an object, as enum
    // values are, if it is "/Date(…)/" or an ISO date and time: 19 to 40 characters, a digit first and a 'T' at
    // index 10 (DateTimeUtils.TryParseDateTime in Newtonsoft.Json 13). Such strings, and with a margin anything of 10
    // characters or more that starts with a digit, are not read.
    private static bool MayBeReadAsDate(string text) =>
        text.StartsWith('/') || (text.Length >= 10 && char.IsAsciiDigit(text[0]));

    /// <summary>Gets the type NJsonSchema read, as a <see cref="JsonType"/>; any other, or several, as itself.</summary>
    private static object TypeOf(JsonObjectType type) => type switch
    {
        JsonObjectType.None => JsonType.None,
        JsonObjectType.String => JsonType.String,
        JsonObjectType.Boolean => JsonType.Boolean,
        JsonObjectType.Integer => JsonType.Integer,
        JsonObjectType.Object => JsonType.Object,
        JsonObjectType.Array => JsonType.Array,
        _ => type,
    };

    private static JsonType? ReadType(JsonElement value) => value.ValueKind != JsonValueKind.String ? null : value.GetString() switch
    {
        "string" => JsonType.String,
        "boolean" => JsonType.Boolean,
        "integer" => JsonType.Integer,
        "object" => JsonType.Object,
        "array" => JsonType.Array,

        // "number" and "null" have no shape; a type NJsonSchema does not know it reads as none at all.
        _ => null,
    };

    private static List<string?>? ReadEnumeration(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var texts = new List<string?>();
        foreach (var item in value.EnumerateArray())
        {
            switch (item.ValueKind)
            {
                case JsonValueKind.String when item.GetString() is { } text && !MayBeReadAsDate(text):
                    texts.Add(text);
                    break;
                case JsonValueKind.True:
                    texts.Add(bool.TrueString);
                    break;
                case JsonValueKind.False:
                    texts.Add(bool.FalseString);
                    break;
                case JsonValueKind.Null:
                    texts.Add(null);
                    break;
                default:
                    // A number's text depends on whether Json.NET reads it as a long, a double or a BigInteger.
                    return null;
            }
        }

        return texts;
    }

    private static List<string>? ReadPropertyNames(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var names = new List<string>();
        var unique = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (!unique.Add(property.Name))
            {
                return null;
            }

            names.Add(property.Name);
        }

        return names;
    }

    private static List<string>? ReadNames(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var names = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            names.Add(item.GetString()!);
        }

        return names;
    }

    private bool TryRead(string keyword, JsonElement value)
    {
        switch (keyword)
        {
            case "$ref" when value.ValueKind == JsonValueKind.String:
                Reference = value.GetString();
                return true;
            case "type" when ReadType(value) is { } type:
                Type = type;
                return true;
            case "pattern" when value.ValueKind == JsonValueKind.String:
                Pattern = value.GetString();
                return true;
            case "minLength" when TryReadCount(value, out var count):
                MinLength = count;
                return true;
            case "maxLength" when TryReadCount(value, out var count):
                MaxLength = count;
                return true;
            case "format" when value.ValueKind == JsonValueKind.String:
                Format = value.GetString();
                return true;
            case "enum" when ReadEnumeration(value) is { } texts:
                Enumeration = texts;
                return true;
            case "minimum" when TryReadDecimal(value, out var number):
                Minimum = number;
                return true;
            case "maximum" when TryReadDecimal(value, out var number):
                Maximum = number;
                return true;
            case "exclusiveMinimum" when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                IsExclusiveMinimum = value.GetBoolean();
                return true;
            case "exclusiveMinimum" when TryReadDecimal(value, out var number):
                ExclusiveMinimum = number;
                return true;
            case "exclusiveMaximum" when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                IsExclusiveMaximum = value.GetBoolean();
                return true;
            case "exclusiveMaximum" when TryReadDecimal(value, out var number):
                ExclusiveMaximum = number;
                return true;
            case "properties" when ReadPropertyNames(value) is { } names:
                Properties = value;
                PropertyNames = names;
                return true;
            case "required" when ReadNames(value) is { } names:
                Required = names;
                return true;
            case "additionalProperties" when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                AllowAdditionalProperties = value.GetBoolean();
                return true;
            case "minProperties" when TryReadCount(value, out var count):
                MinProperties = count;
                return true;
            case "maxProperties" when TryReadCount(value, out var count):
                MaxProperties = count;
                return true;
            case "items" when value.ValueKind == JsonValueKind.Object:
                Item = value;
                return true;
            case "minItems" when TryReadCount(value, out var count):
                MinItems = count;
                return true;
            case "maxItems" when TryReadCount(value, out var count):
                MaxItems = count;
                return true;
            case "uniqueItems" when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                UniqueItems = value.GetBoolean();
                return true;

            // One branch alone can make NJsonSchema take the branch for the schema itself (HasOneOfSchemaReference).
            case "oneOf" when value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 1:
                OneOf = value;
                return true;
            default:
                return false;
        }
    }
}
