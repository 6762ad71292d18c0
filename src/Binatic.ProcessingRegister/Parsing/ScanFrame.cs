using YamlDotNet.Core;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// One open mapping or sequence while reading: where it sits, its node in the tree being built, and what it has seen
/// so far. Frames are reused from one collection to the next at the same depth.
/// </summary>
internal sealed class ScanFrame
{
    public bool IsMapping { get; private set; }

    /// <summary>Gets how the collection's pointer continues from its parent's.</summary>
    public PointerStep Step { get; private set; }

    /// <summary>Gets the collection's node in the tree.</summary>
    public int Node { get; private set; }

    /// <summary>
    /// Gets where the collection's entries start on the reader's stack of placed nodes: the entries of the collections
    /// open inside it are above them, and are taken off when those close.
    /// </summary>
    public int FirstEntry { get; private set; }

    /// <summary>Gets or sets a value indicating whether the next node in a mapping is a key rather than a value.</summary>
    public bool ExpectsKey { get; set; }

    /// <summary>Gets or sets the text of the key whose value comes next; null after a key that is not text.</summary>
    public string? CurrentKey { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the value that comes next belongs in the tree: false after a repeated
    /// key or one that is not text, whose value is read for its own problems but kept out of the tree.
    /// </summary>
    public bool ValueBelongs { get; set; }

    /// <summary>Gets or sets where the latest key of a mapping starts.</summary>
    public Mark KeyStart { get; set; }

    /// <summary>Gets or sets the span of the latest text key of a mapping.</summary>
    public SourceSpan KeySpan { get; set; }

    /// <summary>Gets or sets the keys of a large mapping, with the nodes of their values; null while it is small.</summary>
    public Dictionary<string, int>? Keys { get; set; }

    /// <summary>Gets or sets how many entries a sequence has had so far.</summary>
    public int Count { get; set; }

    public void Open(bool isMapping, PointerStep step, int node, int firstEntry)
    {
        IsMapping = isMapping;
        Step = step;
        Node = node;
        FirstEntry = firstEntry;
        ExpectsKey = true;
        CurrentKey = null;
        ValueBelongs = false;
        KeyStart = Mark.Empty;
        KeySpan = default;
        Keys = null;
        Count = 0;
    }
}
