using Newtonsoft.Json.Linq;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// Hangs the JSON tokens made from YAML nodes into the tree as the nodes are read, and records in the source map
/// where each was written. Values whose key is repeated or not text are kept out of the tree: reading goes on to
/// find their problems, and the document is refused anyway.
/// </summary>
internal sealed class JsonTreeBuilder(SourceMap map)
{
    /// <summary>Gets the root of the tree, once it has been read.</summary>
    public JToken? Root { get; private set; }

    /// <summary>Places a node that is the root, a sequence entry or a mapping value (never a key).</summary>
    public void Attach(JToken token, ScanFrame? parent, SourceSpan span)
    {
        if (parent is null)
        {
            Root = token;
            map.AddRoot(token, span);
        }
        else if (!parent.IsMapping)
        {
            var array = (JArray)parent.Container;
            SourceMap.Add(token, span);
            array.Add(token);
        }
        else if (parent.ValueBelongs)
        {
            ((JObject)parent.Container).Add(parent.CurrentKey!, token);
            SourceMap.Add(token, span, parent.KeySpan);
        }
    }
}
