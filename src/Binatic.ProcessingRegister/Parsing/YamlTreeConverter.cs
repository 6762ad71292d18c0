using System.Globalization;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// Turns a YAML node tree that passed the pre-scan into a JSON tree, reading scalars by the YAML 1.2 core schema
/// and recording where every token came from. It relies on the pre-scan: keys are text and unique, tags are core
/// tags and nesting is shallow enough to recurse.
/// </summary>
internal sealed class YamlTreeConverter
{
    private readonly SourceMap _map;
    private readonly List<Diagnostic> _diagnostics;
    private int _nodes;
    private bool _hasErrors;
    private bool _stopped;

    private YamlTreeConverter(SourceMap map, List<Diagnostic> diagnostics)
    {
        _map = map;
        _diagnostics = diagnostics;
    }

    /// <summary>Converts <paramref name="root"/>, recording every token in <paramref name="map"/>.</summary>
    /// <returns>The JSON tree, or null when a value could not be converted.</returns>
    public static JToken? Convert(YamlMappingNode root, SourceMap map, List<Diagnostic> diagnostics)
    {
        var converter = new YamlTreeConverter(map, diagnostics);
        var token = converter.ConvertNode(root, JsonPointer.Root);
        map.Add(token, JsonPointer.Root, Span(root));
        return converter._hasErrors ? null : token;
    }

    private JToken ConvertNode(YamlNode node, string pointer)
    {
        // The pre-scan counts nodes too, but it cannot see the nodes an alias shares; should aliases ever get
        // through, this stops their expansion.
        if (++_nodes > YamlDocumentReader.NodeBudget)
        {
            Report(
                DiagnosticIds.InputTooLarge,
                DiagnosticSeverity.Error,
                string.Create(CultureInfo.InvariantCulture, $"The document has more than {YamlDocumentReader.NodeBudget:N0} values; split the register into smaller files."),
                node,
                pointer);
            _stopped = true;
            return JValue.CreateNull();
        }

        return node switch
        {
            YamlMappingNode mapping => ConvertMapping(mapping, pointer),
            YamlSequenceNode sequence => ConvertSequence(sequence, pointer),
            _ => ConvertScalar((YamlScalarNode)node, pointer),
        };
    }

    private JObject ConvertMapping(YamlMappingNode mapping, string pointer)
    {
        var result = new JObject();
        foreach (var (key, value) in mapping.Children)
        {
            if (_stopped)
            {
                break;
            }

            var name = ((YamlScalarNode)key).Value ?? string.Empty;
            var childPointer = JsonPointer.Append(pointer, name);
            var child = ConvertNode(value, childPointer);

            // The source map registers the property only once the value is attached to it.
            result.Add(name, child);
            _map.Add(child, childPointer, Span(value), Span(key));
        }

        return result;
    }

    private JArray ConvertSequence(YamlSequenceNode sequence, string pointer)
    {
        var result = new JArray();
        foreach (var item in sequence.Children)
        {
            if (_stopped)
            {
                break;
            }

            var itemPointer = JsonPointer.Append(pointer, result.Count);
            var child = ConvertNode(item, itemPointer);
            result.Add(child);
            _map.Add(child, itemPointer, Span(item));
        }

        return result;
    }

    private JValue ConvertScalar(YamlScalarNode scalar, string pointer)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Tag.IsEmpty && scalar.Style != ScalarStyle.Plain)
        {
            return JValue.CreateString(text);
        }

        var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        if (!CoreSchema.TryResolve(tag, text, out var value, out var problem))
        {
            Report(DiagnosticIds.UnrepresentableScalar, DiagnosticSeverity.Error, problem, scalar, pointer);
            return JValue.CreateNull();
        }

        if (tag is null && Yaml11Reading.Describe(text) is { } yaml11)
        {
            var yaml12 = value.Type == JTokenType.String
                ? $"the text \"{text}\""
                : $"the number {System.Convert.ToString(value.Value, CultureInfo.InvariantCulture)}";
            Report(
                DiagnosticIds.AmbiguousScalar,
                DiagnosticSeverity.Warning,
                $"The plain value '{text}' is {yaml12} here, but YAML 1.1 tools read it as {yaml11}; write \"{text}\" in quotes so every tool reads it the same.",
                scalar,
                pointer);
        }

        return value;
    }

    private void Report(string ruleId, DiagnosticSeverity severity, string message, YamlNode node, string pointer)
    {
        _hasErrors |= severity == DiagnosticSeverity.Error;
        if (severity == DiagnosticSeverity.Error || _diagnostics.Count < YamlDocumentReader.MaxDiagnostics)
        {
            _diagnostics.Add(new Diagnostic(ruleId, severity, message, Span(node).ToLocation(_map.File), pointer));
        }

        _stopped |= _diagnostics.Count >= YamlDocumentReader.MaxDiagnostics && _hasErrors;
    }

    private static SourceSpan Span(YamlNode node) => Marks.ToSpan(node.Start, node.End);
}
