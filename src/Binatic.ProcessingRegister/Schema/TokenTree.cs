using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Parsing;
using Newtonsoft.Json.Linq;

namespace Binatic.ProcessingRegister.Schema;

/// <summary>
/// A document's tree as Newtonsoft.Json tokens, for NJsonSchema, with the way back from each token to the node it
/// stands for and so to where it was written. Parsing knows nothing of Newtonsoft.Json; the tokens are made here, and
/// only for a register the schema shortcut does not find valid: as tokens a register of 10,000 activities would be
/// about 2.7 million objects, and a valid register does not load Newtonsoft.Json at all.
/// </summary>
/// <remarks>
/// Each token carries the number of its node as an annotation (<see cref="NodeOf"/>). Once made, nothing writes to the
/// tokens, so several threads may locate them at once.
/// </remarks>
internal sealed class TokenTree
{
    private TokenTree(SourceMap map, JToken root)
    {
        Map = map;
        Root = root;
    }

    /// <summary>Gets the map of the document the tokens were made from.</summary>
    public SourceMap Map { get; }

    /// <summary>Gets the root token.</summary>
    public JToken Root { get; }

    /// <summary>Makes the tokens of a document's tree.</summary>
    /// <param name="map">The map of a document read whole and free of errors (<see cref="SourceMap.IsComplete"/>).</param>
    /// <returns>The tokens, made anew on every call.</returns>
    public static TokenTree Of(SourceMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (!map.IsComplete)
        {
            throw new ArgumentException("Only a document read whole and free of errors has tokens.", nameof(map));
        }

        return new TokenTree(map, Build(map.Tree!));
    }

    /// <summary>Gets the node a token made by <see cref="Of"/> stands for; null for any other token.</summary>
    public static DocumentNode? NodeOf(JToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Annotation<NodeNumber>() is { } number ? new DocumentNode(number.Tree, number.Node) : null;
    }

    /// <summary>Gets the JSON Pointer of a token of <see cref="Root"/>, or of the nearest ancestor that stands for a node.</summary>
    public string PointerOf(JToken token) =>
        Find(token) is { } node ? node.Tree.PointerOf(node.Index) : JsonPointer.Root;

    /// <summary>
    /// Gets where a token of <see cref="Root"/> was written. A <see cref="JProperty"/> resolves to its key, since that
    /// is what an unknown or misspelt property error is about; a value resolves to the value itself.
    /// </summary>
    public SourceLocation Locate(JToken token)
    {
        if (Find(token) is not { } node)
        {
            return SourceLocation.WholeFile(Map.File);
        }

        var span = token is JProperty && node.KeySpan is { } key ? key : node.Span;
        return Map.Inside(span.ToLocation(Map.File));
    }

    private static JToken Build(DocumentTree tree)
    {
        var tokens = new JToken?[tree.Count];
        for (var node = 0; node < tree.Count; node++)
        {
            // Nodes come after their parents, so each parent's token exists already, unless it hangs nowhere.
            var parent = tree.ParentOf(node);
            if (node > 0 && (parent < 0 || tokens[parent] is null))
            {
                continue;
            }

            JToken token = tree.KindOf(node) switch
            {
                NodeKind.Mapping => new JObject(),
                NodeKind.Sequence => new JArray(),
                NodeKind.String => JValue.CreateString(tree.TextOf(node)),
                NodeKind.Integer => new JValue(tree.BitsOf(node)),
                NodeKind.Float => new JValue(BitConverter.Int64BitsToDouble(tree.BitsOf(node))),
                NodeKind.Boolean => new JValue(tree.BitsOf(node) != 0),
                _ => JValue.CreateNull(),
            };
            token.AddAnnotation(new NodeNumber(tree, node));
            tokens[node] = token;
        }

        // Children are added in their recorded order, which is the order of the YAML.
        for (var node = 0; node < tree.Count; node++)
        {
            if (tokens[node] is JContainer container)
            {
                foreach (var child in tree.Children(node))
                {
                    if (container is JObject mapping)
                    {
                        mapping.Add(tree.KeyOf(child)!, tokens[child]);
                    }
                    else
                    {
                        container.Add(tokens[child]);
                    }
                }
            }
        }

        return tokens[0]!;
    }

    /// <summary>
    /// Finds the node of the nearest token at or above <paramref name="token"/> that stands for one; a property stands
    /// for its value. Tokens of another tree, or cut loose from this one, are not this tree's to locate.
    /// </summary>
    private DocumentNode? Find(JToken token)
    {
        DocumentNode? node = null;
        var top = token;
        for (JToken? current = token; current is not null; current = current.Parent)
        {
            top = current;
            node ??= NodeOf(current is JProperty property ? property.Value : current);
        }

        return ReferenceEquals(top, Root) ? node : null;
    }

    private sealed record NodeNumber(DocumentTree Tree, int Node);
}
