using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Binatic.ProcessingRegister.Schema;

/// <summary>
/// Makes a translated copy of the schema for editors: the same document, with each text a person reads (titles,
/// descriptions, texts per value, error messages, snippet labels) replaced from a translations file keyed by the
/// JSON Pointer of the text. Keys, values, patterns and <c>$ref</c>s are never touched, so a translated schema
/// accepts and refuses exactly what the English one does.
/// </summary>
/// <remarks>
/// An entry of the translations file holds the English text it translates beside the translation, so that a changed
/// English text shows as a stale entry (<see cref="Check"/>) instead of silently keeping an old translation.
/// A <c>markdownDescription</c> that repeats its <c>description</c> word for word, as all of them do, is not
/// translated twice: it repeats the translated description.
/// </remarks>
internal static class SchemaTranslation
{
    private static readonly string[] TextKeywords = ["title", "description", "markdownDescription", "patternErrorMessage", "errorMessage"];

    private static readonly string[] SnippetTextKeywords = ["label", "description", "markdownDescription"];

    /// <summary>Gets the English schema with every text that has an entry in <paramref name="translationsJson"/> translated.</summary>
    public static string Apply(string schemaJson, string translationsJson)
    {
        var schema = ParseObject(schemaJson);
        var translations = Translations.Parse(translationsJson);
        var texts = Texts(schema).ToList();
        var translated = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            if (translations.Entries.TryGetValue(text.Pointer, out var entry))
            {
                translated[text.Pointer] = entry.Translation;
            }
            else if (text.DerivedFrom is { } source && translated.TryGetValue(source, out var fromSource))
            {
                translated[text.Pointer] = fromSource;
            }
        }

        foreach (var text in texts)
        {
            if (translated.TryGetValue(text.Pointer, out var translation))
            {
                text.Value.Value = translation;
            }
        }

        if (translations.Id is { } id)
        {
            schema["$id"] = id;
        }

        return Write(schema);
    }

    /// <summary>
    /// Lists what keeps the translations from matching the schema: texts without an entry, entries whose English no
    /// longer matches the schema's, and entries for texts the schema no longer has.
    /// </summary>
    public static TranslationGaps Check(string schemaJson, string translationsJson)
    {
        var texts = Texts(ParseObject(schemaJson)).ToList();
        var translations = Translations.Parse(translationsJson);
        var byPointer = texts.ToDictionary(text => text.Pointer, StringComparer.Ordinal);

        var missing = texts
            .Where(text => text.DerivedFrom is null && !translations.Entries.ContainsKey(text.Pointer))
            .Select(text => text.Pointer)
            .ToList();
        var stale = translations.Entries
            .Where(entry => byPointer.TryGetValue(entry.Key, out var text) && (string?)text.Value.Value != entry.Value.English)
            .Select(entry => entry.Key)
            .ToList();
        var unknown = translations.Entries.Keys.Where(pointer => !byPointer.ContainsKey(pointer)).ToList();
        return new TranslationGaps(missing, stale, unknown);
    }

    /// <summary>
    /// Gets every text a person reads in the schema, in document order, with its JSON Pointer; a
    /// <c>markdownDescription</c> equal to the <c>description</c> beside it names that description as its source.
    /// </summary>
    public static IEnumerable<SchemaText> Texts(JObject schema)
    {
        foreach (var token in schema.DescendantsAndSelf())
        {
            if (token is not JProperty { Value: var value } property || property.Parent is not JObject owner)
            {
                continue;
            }

            var pointer = PointerOf(property);
            if (IsSnippet(owner))
            {
                if (SnippetTextKeywords.Contains(property.Name) && value is JValue { Type: JTokenType.String } snippetText)
                {
                    yield return new SchemaText(pointer, snippetText, DerivedFrom(owner, property.Name, snippetText, pointer));
                }

                continue;
            }

            if (IsData(owner))
            {
                continue;
            }

            if (TextKeywords.Contains(property.Name) && value is JValue { Type: JTokenType.String } text)
            {
                yield return new SchemaText(pointer, text, DerivedFrom(owner, property.Name, text, pointer));
            }
            else if (property.Name == "markdownEnumDescriptions" && value is JArray items)
            {
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is JValue { Type: JTokenType.String } item)
                    {
                        yield return new SchemaText(pointer + "/" + i.ToString(CultureInfo.InvariantCulture), item, null);
                    }
                }
            }
        }
    }

    // A property named "description" inside "properties" is the schema of a field called description, and inside a
    // snippet's body or an enum it is data; only a schema object's own keywords are texts.
    private static bool IsData(JObject owner)
    {
        for (JToken? token = owner; token?.Parent is { } parent; token = parent)
        {
            if (parent is JProperty { Name: "body" or "enum" or "const" or "default" or "examples" } p && p.Parent is JObject)
            {
                return true;
            }
        }

        return owner.Parent is JProperty { Name: "properties" or "definitions" or "patternProperties" or "$defs" };
    }

    private static bool IsSnippet(JObject owner) =>
        owner.Parent is JArray { Parent: JProperty { Name: "defaultSnippets" } };

    private static string? DerivedFrom(JObject owner, string keyword, JValue text, string pointer) =>
        keyword == "markdownDescription" && owner["description"] is JValue { Type: JTokenType.String } description
            && (string?)description.Value == (string?)text.Value
            ? pointer[..^keyword.Length] + "description"
            : null;

    private static string PointerOf(JToken token)
    {
        var segments = new Stack<string>();
        for (var current = token; current.Parent is { } parent; current = parent)
        {
            switch (current)
            {
                case JProperty property:
                    segments.Push(property.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
                    break;
                case var _ when parent is JArray array:
                    segments.Push(array.IndexOf(current).ToString(CultureInfo.InvariantCulture));
                    break;
                default:
                    break;
            }
        }

        return segments.Count == 0 ? string.Empty : "/" + string.Join('/', segments);
    }

    // Strings are kept as written: by default Newtonsoft.Json would read a date-like text as a DateTime and write it back otherwise.
    private static JObject ParseObject(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        return JObject.Load(reader);
    }

    private static string Write(JObject schema)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            schema.WriteTo(json);
        }

        return writer.ToString() + "\n";
    }

    private sealed record Entry(string English, string Translation);

    private sealed record Translations(string? Id, Dictionary<string, Entry> Entries)
    {
        public static Translations Parse(string json)
        {
            var root = ParseObject(json);
            var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
            if (root["texts"] is JObject texts)
            {
                foreach (var property in texts.Properties())
                {
                    if (property.Value is JObject { } entry && (string?)entry["en"] is { } english && (string?)entry["nl"] is { } dutch)
                    {
                        entries[property.Name] = new Entry(english, dutch);
                    }
                }
            }

            return new Translations((string?)root["$id"], entries);
        }
    }
}
