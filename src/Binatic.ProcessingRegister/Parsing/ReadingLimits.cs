namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// How much of a document the reader accepts before it stops with a finding. The loader fills these in from the
/// public load options, so that the reader knows the limits without knowing the stage that set them.
/// </summary>
/// <param name="MaxFileSizeBytes">The longest text, in characters, that is read at all.</param>
/// <param name="MaxDepth">The deepest nesting of mappings and sequences.</param>
/// <param name="MaxNodes">The most values (mappings, sequences, keys and scalars) one document may hold.</param>
internal sealed record ReadingLimits(long MaxFileSizeBytes, int MaxDepth, int MaxNodes);
