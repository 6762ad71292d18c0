using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.References;

/// <summary>Where a register refers to an entry of a catalogue by its id, whether or not that entry exists.</summary>
/// <param name="Kind">The catalogue the id is looked up in.</param>
/// <param name="Id">The id as written.</param>
/// <param name="Span">Where the reference is written.</param>
public sealed record SymbolReference(SymbolKind Kind, string Id, SourceLocation Span);
