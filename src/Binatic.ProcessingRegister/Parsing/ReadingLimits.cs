namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// How much of a document the reader accepts before it stops with a finding. The loader fills these in from the
/// public load options, so that the reader knows the limits without knowing the stage that set them.
/// </summary>
/// <param name="MaxFileSizeBytes">The longest text, in characters, that is read at all.</param>
/// <param name="MaxDepth">The deepest nesting of mappings and sequences.</param>
/// <param name="MaxNodes">The most values (mappings, sequences, keys and scalars) one document may hold.</param>
internal sealed record ReadingLimits(long MaxFileSizeBytes, int MaxDepth, int MaxNodes)
{
    /// <summary>Gets the default limits, which LoadOptions starts from: 4 MiB, 64 levels, 1,000,000 nodes.</summary>
    public static ReadingLimits Default { get; } = new(4 * 1024 * 1024, 64, 1_000_000);
}
