using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Binatic.ProcessingRegister.Import;

/// <summary>A sequence of the register an import writes: one item per line, or ids on one line.</summary>
/// <param name="flow">Whether to write the items on one line, <c>[a, b]</c>; comments are then not written.</param>
internal sealed class YamlSequence(bool flow = false) : YamlTree
{
    private readonly List<YamlTree> _items = [];

    /// <inheritdoc/>
    public override bool IsEmpty => _items.Count == 0;

    /// <summary>Gets the number of items.</summary>
    public int Count => _items.Count;

    /// <summary>Adds an item.</summary>
    public YamlSequence Add(YamlTree item)
    {
        _items.Add(item);
        return this;
    }

    internal override void Emit(IEmitter emitter)
    {
        emitter.Emit(new SequenceStart(null, null, isImplicit: true, flow || _items.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
        foreach (var item in _items)
        {
            item.Emit(emitter);
        }

        emitter.Emit(new SequenceEnd());
    }
}
