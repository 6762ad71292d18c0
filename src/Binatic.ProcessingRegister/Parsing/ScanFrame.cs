using Newtonsoft.Json.Linq;
using YamlDotNet.Core;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// One open mapping or sequence while reading: where it sits, the JSON container being filled, and what it has seen
/// so far. Frames are reused from one collection to the next at the same depth.
/// </summary>
internal sealed class ScanFrame
{
    public bool IsMapping { get; private set; }

    /// <summary>Gets how the collection's pointer continues from its parent's.</summary>
    public PointerStep Step { get; private set; }

    /// <summary>Gets the JSON object or array the collection's entries go into.</summary>
    public JContainer Container { get; private set; } = null!;

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

    /// <summary>Gets or sets how many entries a sequence has had so far.</summary>
    public int Count { get; set; }

    public void Open(bool isMapping, PointerStep step, JContainer container)
    {
        IsMapping = isMapping;
        Step = step;
        Container = container;
        ExpectsKey = true;
        CurrentKey = null;
        ValueBelongs = false;
        KeyStart = Mark.Empty;
        KeySpan = default;
        Count = 0;
    }
}
