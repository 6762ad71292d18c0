using Newtonsoft.Json.Linq;

namespace Binatic.ProcessingRegister.Tests.Schema;

/// <summary>
/// Visits every subschema of a JSON Schema document, including those under keywords NJsonSchema ignores, so that
/// an audit sees a <c>const</c> however deeply it is nested.
/// </summary>
internal static class SchemaKeywordWalker
{
    private static readonly string[] SchemaMaps = ["properties", "patternProperties", "definitions", "$defs", "dependentSchemas"];

    private static readonly string[] SchemaLists = ["allOf", "anyOf", "oneOf", "prefixItems"];

    private static readonly string[] SingleSchemas =
    [
        "items", "additionalItems", "additionalProperties", "not", "if", "then", "else", "contains",
        "propertyNames", "unevaluatedItems", "unevaluatedProperties",
    ];

    public static IEnumerable<(string Pointer, JObject Schema)> Schemas(JObject root)
    {
        var pending = new Stack<(string, JObject)>([(string.Empty, root)]);
        while (pending.Count > 0)
        {
            var (pointer, schema) = pending.Pop();
            yield return (pointer, schema);

            foreach (var keyword in SchemaMaps)
            {
                if (schema[keyword] is JObject map)
                {
                    foreach (var property in map.Properties())
                    {
                        if (property.Value is JObject child)
                        {
                            pending.Push(($"{pointer}/{keyword}/{property.Name}", child));
                        }
                    }
                }
            }

            foreach (var keyword in SchemaLists.Append("items"))
            {
                if (schema[keyword] is JArray list)
                {
                    for (var i = 0; i < list.Count; i++)
                    {
                        if (list[i] is JObject child)
                        {
                            pending.Push(($"{pointer}/{keyword}/{i}", child));
                        }
                    }
                }
            }

            foreach (var keyword in SingleSchemas)
            {
                if (schema[keyword] is JObject child)
                {
                    pending.Push(($"{pointer}/{keyword}", child));
                }
            }
        }
    }
}
