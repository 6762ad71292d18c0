using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.References;

/// <summary>Where an entry of a catalogue defines its id.</summary>
/// <param name="Kind">The catalogue the entry belongs to.</param>
/// <param name="Id">The id as written.</param>
/// <param name="Name">The entry's <c>name</c>, or <see langword="null"/> when it has none.</param>
/// <param name="Span">Where the id's value is written.</param>
public sealed record SymbolDefinition(SymbolKind Kind, string Id, string? Name, SourceLocation Span);
