using Binatic.ProcessingRegister.Parsing;
using Binatic.ProcessingRegister.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Binatic.ProcessingRegister.Tests.Support;

/// <summary>
/// Makes, for any JSON value, the tokens the loader would hand NJsonSchema for a register holding it: a document tree
/// of the same shape, as tokens whose nodes the schema shapes read. Tests that build or edit values as tokens pass them
/// through here, so that the shapes see exactly what NJsonSchema sees.
/// </summary>
internal static class TreeTokens
{
    /// <summary>
    /// Rebuilds <paramref name="value"/> through a document tree. An integer beyond 64 bits, which the reader refuses
    /// (RPR111) but NJsonSchema fails on, is put back as it was, with no node: the shapes leave it to NJsonSchema.
    /// </summary>
    public static JToken Of(JToken value)
    {
        var tree = new DocumentTree(0);
        Add(tree, value);
        var tokens = Of(new SourceMap("value.json", tree, isComplete: true));
        PutBackBigIntegers(value, tokens);
        return tokens;
    }

    /// <summary>Gets the tokens the loader would hand NJsonSchema for a document read whole and free of errors.</summary>
    public static JToken Of(SourceMap map) => TokenTree.Of(map).Root;

    /// <summary>Reads JSON text as the values the YAML reader would make of it: text that looks like a date stays text.</summary>
    public static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return Of(JToken.ReadFrom(reader));
    }

    private static int Add(DocumentTree tree, JToken token)
    {
        switch (token)
        {
            case JObject mapping:
                var node = tree.AddCollection(isMapping: true, default);
                var entries = new List<int>();
                foreach (var property in mapping.Properties())
                {
                    var value = Add(tree, property.Value);
                    tree.PlaceInMapping(value, node, entries.Count, property.Name, default);
                    entries.Add(value);
                }

                tree.SetChildren(node, [.. entries]);
                return node;
            case JArray sequence:
                var list = tree.AddCollection(isMapping: false, default);
                var items = new List<int>();
                foreach (var item in sequence)
                {
                    var value = Add(tree, item);
                    tree.PlaceInSequence(value, list, items.Count);
                    items.Add(value);
                }

                tree.SetChildren(list, [.. items]);
                return list;
            default:
                return tree.AddScalar(Scalar((JValue)token), default);
        }
    }

    private static void PutBackBigIntegers(JToken original, JToken rebuilt)
    {
        if (original is JValue { Value: System.Numerics.BigInteger })
        {
            rebuilt.Replace(original.DeepClone());
        }
        else if (original is JContainer)
        {
            foreach (var (from, to) in original.Children().Zip(rebuilt.Children().ToList()))
            {
                PutBackBigIntegers(from is JProperty property ? property.Value : from, to is JProperty rebuiltProperty ? rebuiltProperty.Value : to);
            }
        }
    }

    private static ScalarValue Scalar(JValue value) => value.Type switch
    {
        JTokenType.String => ScalarValue.Of((string)value!),
        JTokenType.Integer when value.Value is System.Numerics.BigInteger => ScalarValue.Null,
        JTokenType.Integer => ScalarValue.Of((long)value),
        JTokenType.Float => ScalarValue.Of((double)value),
        JTokenType.Boolean => ScalarValue.Of((bool)value),
        JTokenType.Null => ScalarValue.Null,
        _ => throw new ArgumentException($"The YAML reader never makes a {value.Type} value.", nameof(value)),
    };
}
