namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// One node of a <see cref="DocumentTree"/>: a value, a mapping or a sequence, with where it was written. A node is a
/// number into its tree's arrays, so reading one allocates nothing.
/// </summary>
internal readonly struct DocumentNode
{
    public DocumentNode(DocumentTree tree, int index)
    {
        Tree = tree;
        Index = index;
    }

    /// <summary>Gets the tree the node belongs to.</summary>
    public DocumentTree Tree { get; }

    /// <summary>Gets the node's number in its tree.</summary>
    public int Index { get; }

    /// <summary>Gets what the node holds.</summary>
    public NodeKind Kind => Tree.KindOf(Index);

    /// <summary>Gets the text of a <see cref="NodeKind.String"/> node; null for any other.</summary>
    public string? Text => Tree.TextOf(Index);

    /// <summary>Gets the number of an <see cref="NodeKind.Integer"/> node.</summary>
    public long Integer => Tree.BitsOf(Index);

    /// <summary>Gets the value of a <see cref="NodeKind.Boolean"/> node.</summary>
    public bool Boolean => Tree.BitsOf(Index) != 0;

    /// <summary>Gets the number of entries of a mapping or sequence; zero for a scalar.</summary>
    public int Count => Kind is NodeKind.Mapping or NodeKind.Sequence ? Tree.Children(Index).Length : 0;

    /// <summary>Gets the key this node is the value of, when its parent is a mapping.</summary>
    public string? Key => Tree.KeyOf(Index);

    /// <summary>Gets where the node was written.</summary>
    public SourceSpan Span => Tree.SpanOf(Index);

    /// <summary>Gets where the key of this node was written, when it is the value of a mapping entry.</summary>
    public SourceSpan? KeySpan => Tree.KeyOf(Index) is null ? null : Tree.KeySpanOf(Index);

    /// <summary>Gets the entry at <paramref name="position"/> of a mapping or sequence, in the order written.</summary>
    public DocumentNode this[int position] => new(Tree, Tree.Children(Index)[position]);

    /// <summary>Gets the value of <paramref name="key"/> in a mapping; null when the key is absent or this is no mapping.</summary>
    public DocumentNode? this[string key]
    {
        get
        {
            if (Kind != NodeKind.Mapping)
            {
                return null;
            }

            // Mappings in a register have a few dozen keys at most, where a scan is as quick as a table would be.
            foreach (var child in Tree.Children(Index))
            {
                var name = Tree.KeyOf(child);
                if (ReferenceEquals(name, key) || string.Equals(name, key, StringComparison.Ordinal))
                {
                    return new DocumentNode(Tree, child);
                }
            }

            return null;
        }
    }

    /// <summary>Gets the entries of a mapping or sequence, in the order written.</summary>
    public ChildEnumerator GetEnumerator() => new(this);

    /// <summary>Walks the entries of a mapping or sequence without allocating.</summary>
    public struct ChildEnumerator
    {
        private readonly DocumentNode _parent;
        private readonly int _count;
        private int _position;

        public ChildEnumerator(DocumentNode parent)
        {
            _parent = parent;
            _count = parent.Count;
            _position = -1;
        }

        public readonly DocumentNode Current => _parent[_position];

        public bool MoveNext() => ++_position < _count;
    }
}
