using System.Text.Json;
using System.Text.Json.Nodes;
using Binatic.ProcessingRegister.Schema;
using Json.Schema;

namespace Binatic.ProcessingRegister.Tests.Export;

/// <summary>Checks exported JSON as an integrator would: with tools that know nothing of this library but the schema.</summary>
internal static class ExportedJson
{
    // A registry of its own: JsonSchema.Net refuses to register the schema's $id twice in its global one, where
    // the schema tests already put it.
    private static readonly JsonSchema Independent =
        JsonSchema.FromText(RegisterSchema.Text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static readonly JsonNode SchemaTree = JsonNode.Parse(RegisterSchema.Text)!;

    /// <summary>Gets the errors JsonSchema.Net finds in <paramref name="json"/>, read as JSON rather than YAML.</summary>
    public static List<string> IndependentErrors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Independent.Evaluate(
            document.RootElement,
            new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

        // The list output also holds the errors of oneOf branches that did not apply; they matter only when the whole fails.
        return result.IsValid
            ? []
            : [.. (result.Details ?? [])
                .Where(detail => detail.Errors is not null)
                .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"))];
    }

    /// <summary>Gets every object in <paramref name="json"/> whose keys are not in the order the schema lists them.</summary>
    public static List<string> KeysOutOfSchemaOrder(string json)
    {
        using var document = JsonDocument.Parse(json);
        var found = new List<string>();
        Walk(document.RootElement, SchemaTree, string.Empty, found);
        return found;
    }

    private static void Walk(JsonElement instance, JsonNode schema, string pointer, List<string> found)
    {
        schema = Resolve(schema);
        if (instance.ValueKind == JsonValueKind.Array && schema["items"] is { } items)
        {
            var index = 0;
            foreach (var item in instance.EnumerateArray())
            {
                Walk(item, items, $"{pointer}/{index++}", found);
            }
        }

        if (instance.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (Branch(instance, schema)?["properties"]?.AsObject() is not { } properties)
        {
            found.Add($"{pointer}: fits no branch of the schema");
            return;
        }

        var order = properties.Select(p => p.Key).ToList();
        var keys = instance.EnumerateObject().Select(p => p.Name).ToList();
        var positions = keys.Select(key => order.IndexOf(key)).ToList();
        if (positions.Contains(-1) || !positions.SequenceEqual(positions.Order()))
        {
            found.Add($"{(pointer.Length == 0 ? "/" : pointer)}: {string.Join(", ", keys)} (schema order: {string.Join(", ", order)})");
        }

        foreach (var property in instance.EnumerateObject().Where(p => properties.ContainsKey(p.Name)))
        {
            Walk(property.Value, properties[property.Name]!, $"{pointer}/{property.Name}", found);
        }
    }

    /// <summary>Picks the oneOf branch that holds every key of <paramref name="instance"/> and admits its enum values.</summary>
    private static JsonNode? Branch(JsonElement instance, JsonNode schema) =>
        schema["oneOf"] is not JsonArray branches
            ? schema
            : branches.Select(b => Resolve(b!)).FirstOrDefault(branch => instance.EnumerateObject().All(p =>
                branch["properties"]?[p.Name] is { } property &&
                (Resolve(property)["enum"] is not JsonArray allowed || allowed.Any(a => JsonNode.DeepEquals(a, JsonNode.Parse(p.Value.GetRawText()))))));

    private static JsonNode Resolve(JsonNode schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference
            ? Resolve(SchemaTree["definitions"]![reference["#/definitions/".Length..]]!)
            : schema;
}
