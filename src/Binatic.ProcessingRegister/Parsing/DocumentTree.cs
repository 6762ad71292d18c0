using System.Text;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// The JSON tree of one YAML document, with where each node was written, kept in a handful of arrays indexed by
/// node rather than as an object per node. A register of 10,000 activities has about 750,000 nodes; as Newtonsoft.Json
/// tokens (a value, a property, a list and an annotation each) they would be about 2.7 million objects surviving the
/// whole load, which .NET's collector copies from generation to generation at a cost close to that of parsing. These
/// arrays are a few large objects that are never copied.
/// </summary>
/// <remarks>
/// Nodes are numbered in the order the YAML reader meets them, so a node's number is larger than its parent's. The
/// children of each mapping and sequence are listed together, in order, once it has been read. A value whose key is
/// repeated, or not text, is read for its own problems but hangs in no mapping. Once built, the tree is never changed,
/// so several threads may read it at once. The schema stage makes Newtonsoft.Json tokens of it for NJsonSchema, and only
/// for a register that may have problems, from the accessors below.
/// </remarks>
internal sealed class DocumentTree
{
    private const int MinCapacity = 16;

    private NodeKind[] _kinds;
    private int[] _parents;
    private int[] _slots;
    private string?[] _keys;
    private string?[] _texts;
    private long[] _bits;
    private int[] _firstChildren;
    private int[] _childCounts;
    private SourceSpan[] _spans;
    private SourceSpan[] _keySpans;
    private int[] _children = new int[MinCapacity];
    private int _childrenUsed;

    /// <summary>Creates an empty tree with room for <paramref name="expectedNodes"/> nodes; it grows past that if need be.</summary>
    public DocumentTree(int expectedNodes)
    {
        var capacity = Math.Max(expectedNodes, MinCapacity);
        _kinds = new NodeKind[capacity];
        _parents = new int[capacity];
        _slots = new int[capacity];
        _keys = new string?[capacity];
        _texts = new string?[capacity];
        _bits = new long[capacity];
        _firstChildren = new int[capacity];
        _childCounts = new int[capacity];
        _spans = new SourceSpan[capacity];
        _keySpans = new SourceSpan[capacity];
    }

    /// <summary>Gets the number of nodes.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the root, the first node read; only for a tree with nodes.</summary>
    public DocumentNode Root => Count > 0 ? new DocumentNode(this, 0) : throw new InvalidOperationException("The tree has no nodes.");

    /// <summary>Adds a scalar, not yet placed in a collection.</summary>
    /// <returns>The node's number.</returns>
    public int AddScalar(ScalarValue value, SourceSpan span)
    {
        var node = Add(value.Kind, span);
        _texts[node] = value.Text;
        _bits[node] = value.Bits;
        return node;
    }

    /// <summary>Adds a mapping or a sequence, whose children are listed by <see cref="SetChildren"/> once read.</summary>
    /// <returns>The node's number.</returns>
    public int AddCollection(bool isMapping, SourceSpan span) => Add(isMapping ? NodeKind.Mapping : NodeKind.Sequence, span);

    /// <summary>Records that <paramref name="node"/> is entry <paramref name="slot"/> of a sequence.</summary>
    public void PlaceInSequence(int node, int parent, int slot)
    {
        _parents[node] = parent;
        _slots[node] = slot;
    }

    /// <summary>Records that <paramref name="node"/> is the value of entry <paramref name="slot"/> of a mapping.</summary>
    public void PlaceInMapping(int node, int parent, int slot, string key, SourceSpan keySpan)
    {
        _parents[node] = parent;
        _slots[node] = slot;
        _keys[node] = key;
        _keySpans[node] = keySpan;
    }

    /// <summary>Lists the children of a mapping or sequence, in order, once all of them have been read.</summary>
    public void SetChildren(int collection, ReadOnlySpan<int> children)
    {
        if (_childrenUsed + children.Length > _children.Length)
        {
            Array.Resize(ref _children, Math.Max(_children.Length * 2, _childrenUsed + children.Length));
        }

        children.CopyTo(_children.AsSpan(_childrenUsed));
        _firstChildren[collection] = _childrenUsed;
        _childCounts[collection] = children.Length;
        _childrenUsed += children.Length;
    }

    /// <summary>Spells the JSON Pointer of a node from its place in the tree.</summary>
    public string PointerOf(int node)
    {
        var steps = new List<int>();
        for (var current = node; current > 0 && _parents[current] >= 0; current = _parents[current])
        {
            steps.Add(current);
        }

        var pointer = new StringBuilder();
        for (var i = steps.Count - 1; i >= 0; i--)
        {
            var step = steps[i];
            _ = _kinds[_parents[step]] == NodeKind.Mapping
                ? JsonPointer.AppendKey(pointer, _keys[step]!)
                : JsonPointer.AppendIndex(pointer, _slots[step]);
        }

        return pointer.ToString();
    }

    internal NodeKind KindOf(int node) => _kinds[node];

    /// <summary>Gets the mapping or sequence a node is an entry of; negative for the root and for a node that hangs in none.</summary>
    internal int ParentOf(int node) => _parents[node];

    internal string? KeyOf(int node) => _keys[node];

    internal string? TextOf(int node) => _texts[node];

    internal long BitsOf(int node) => _bits[node];

    internal SourceSpan SpanOf(int node) => _spans[node];

    internal SourceSpan KeySpanOf(int node) => _keySpans[node];

    internal ReadOnlySpan<int> Children(int node) => _children.AsSpan(_firstChildren[node], _childCounts[node]);

    private int Add(NodeKind kind, SourceSpan span)
    {
        if (Count == _kinds.Length)
        {
            Grow();
        }

        var node = Count++;
        _kinds[node] = kind;
        _parents[node] = -1;
        _spans[node] = span;
        return node;
    }

    private void Grow()
    {
        var capacity = _kinds.Length * 2;
        Array.Resize(ref _kinds, capacity);
        Array.Resize(ref _parents, capacity);
        Array.Resize(ref _slots, capacity);
        Array.Resize(ref _keys, capacity);
        Array.Resize(ref _texts, capacity);
        Array.Resize(ref _bits, capacity);
        Array.Resize(ref _firstChildren, capacity);
        Array.Resize(ref _childCounts, capacity);
        Array.Resize(ref _spans, capacity);
        Array.Resize(ref _keySpans, capacity);
    }
}
