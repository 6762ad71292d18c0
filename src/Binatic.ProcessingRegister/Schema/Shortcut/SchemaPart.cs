using NJsonSchema;

namespace Binatic.ProcessingRegister.Schema.Shortcut;

/// <summary>A shape a schema's shape checks values with, paired with NJsonSchema's schema for the same part.</summary>
/// <param name="Step">The way to the part: JSON Pointer segments, such as <c>properties/name</c>, <c>items</c> or <c>oneOf/0</c>.</param>
/// <param name="Shape">The part's shape, read from the schema's text.</param>
/// <param name="Counterpart">NJsonSchema's actual schema for the part; null where it has none.</param>
internal sealed record SchemaPart(string Step, SchemaShape Shape, JsonSchema? Counterpart);
