using Newtonsoft.Json.Linq;

namespace Binatic.ProcessingRegister.Schema;

/// <summary>
/// One text of the schema that a person reads: its JSON Pointer, its value in the document, and, for a Markdown
/// description that repeats its plain description, the pointer of that description.
/// </summary>
internal sealed record SchemaText(string Pointer, JValue Value, string? DerivedFrom);
