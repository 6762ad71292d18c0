using Binatic.ProcessingRegister.Parsing;

namespace Binatic.ProcessingRegister.Loading;

/// <summary>
/// Limits that keep loading bounded in time and memory, whatever the input. The defaults suit registers written
/// by people; raise them only for generated registers from a trusted source.
/// </summary>
public sealed record LoadOptions
{
    /// <summary>Gets the default options.</summary>
    public static LoadOptions Default { get; } = new();

    /// <summary>Gets the largest file, in bytes, that is read. The default is 4 MiB.</summary>
    public long MaxFileSizeBytes { get; init; } = ReadingLimits.Default.MaxFileSizeBytes;

    /// <summary>Gets the deepest nesting of mappings and sequences that is accepted. The default is 64.</summary>
    public int MaxDepth { get; init; } = ReadingLimits.Default.MaxDepth;

    /// <summary>
    /// Gets the most values (mappings, sequences, keys and scalars) one document may hold; past it, reading stops with
    /// RPR101 before more of the tree is built. The default, 1,000,000, bounds the memory of the tree at a few hundred
    /// megabytes and fits a register of about 10,000 activities.
    /// </summary>
    public int MaxNodes { get; init; } = ReadingLimits.Default.MaxNodes;

    /// <summary>Gets the limits as the reader takes them.</summary>
    internal ReadingLimits Limits => new(MaxFileSizeBytes, MaxDepth, MaxNodes);
}
