using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// The result of reading YAML text: the tree of its nodes (absent when the text could not be read as one document,
/// or had errors), the map from nodes and JSON Pointers back to the YAML, and what was found along the way.
/// </summary>
internal sealed record ParsedDocument(DocumentTree? Tree, SourceMap Map, IReadOnlyList<Diagnostic> Diagnostics);
