using Newtonsoft.Json.Linq;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// The result of reading YAML text: the JSON tree (absent when the text could not be read as one document),
/// the map from tokens and JSON Pointers back to the YAML, and what was found along the way.
/// </summary>
internal sealed record ParsedDocument(JToken? Root, SourceMap Map, IReadOnlyList<Diagnostic> Diagnostics);
