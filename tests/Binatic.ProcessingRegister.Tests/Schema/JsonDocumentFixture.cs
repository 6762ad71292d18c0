using Binatic.ProcessingRegister.Parsing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Binatic.ProcessingRegister.Tests.Schema;

/// <summary>
/// Reads JSON text into a token tree and a source map, as the YAML reader does for YAML: each value at the column
/// where it starts, each property also at the column where its key starts. Test JSON keeps to one token per
/// position and no escaped quotes, which is all this needs to find where a token starts.
/// </summary>
internal static class JsonDocumentFixture
{
    public static (JToken Root, SourceMap Map) Read(string json)
    {
        var lines = json.Split('\n');
        var root = JToken.Parse(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        var map = new SourceMap("test.json");
        Add(root, JsonPointer.Root, lines, map);
        return (root, map);
    }

    private static void Add(JToken token, string pointer, string[] lines, SourceMap map)
    {
        var key = token.Parent is JProperty property ? KeySpan(property, lines) : (SourceSpan?)null;
        map.Add(token, pointer, ValueSpan(token, lines), key);
        switch (token)
        {
            case JObject mapping:
                foreach (var child in mapping.Properties())
                {
                    Add(child.Value, JsonPointer.Append(pointer, child.Name), lines, map);
                }

                break;
            case JArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    Add(list[i], JsonPointer.Append(pointer, i), lines, map);
                }

                break;
        }
    }

    // Newtonsoft records the column of a token's last character: a property's colon, a string's closing quote,
    // a container's opening bracket.
    private static SourceSpan KeySpan(JProperty property, string[] lines)
    {
        IJsonLineInfo info = property;
        var text = lines[info.LineNumber - 1];
        var closingQuote = text.LastIndexOf('"', info.LinePosition - 1);
        return At(info.LineNumber, text.LastIndexOf('"', closingQuote - 1) + 1);
    }

    private static SourceSpan ValueSpan(JToken token, string[] lines)
    {
        IJsonLineInfo info = token;
        var text = lines[info.LineNumber - 1];
        var last = info.LinePosition - 1;
        var start = token switch
        {
            JContainer => last,
            JValue { Type: JTokenType.String } => text.LastIndexOf('"', last - 1),
            _ => text.LastIndexOfAny([' ', ',', '[', ':'], last) + 1,
        };
        return At(info.LineNumber, start + 1);
    }

    private static SourceSpan At(int line, int column) => new(line, column, line, column);
}
