using YamlDotNet.Core;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>One open mapping or sequence during the pre-scan: where it sits and what it has seen so far.</summary>
internal sealed class ScanFrame(bool isMapping, string pointer)
{
    public bool IsMapping { get; } = isMapping;

    /// <summary>Gets the JSON Pointer of the collection itself.</summary>
    public string Pointer { get; } = pointer;

    /// <summary>Gets or sets a value indicating whether the next node in a mapping is a key rather than a value.</summary>
    public bool ExpectsKey { get; set; } = true;

    /// <summary>Gets or sets the text of the key whose value comes next; null after a key that is not text.</summary>
    public string? CurrentKey { get; set; }

    /// <summary>Gets or sets where the latest key of a mapping starts.</summary>
    public Mark KeyStart { get; set; }

    /// <summary>Gets or sets how many entries a sequence has had so far.</summary>
    public int Count { get; set; }

    /// <summary>Gets where each key of a mapping was first written, so a duplicate can name both places.</summary>
    public Dictionary<string, Mark> Keys { get; } = new(StringComparer.Ordinal);
}
