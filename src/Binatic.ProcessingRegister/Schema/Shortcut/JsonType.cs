namespace Binatic.ProcessingRegister.Schema.Shortcut;

/// <summary>
/// The one type a schema object names in <c>type</c>, of those a shape can judge. NJsonSchema's own
/// <c>JsonObjectType</c> is not used here, so that reading the schema's shapes does not load NJsonSchema's assembly.
/// </summary>
internal enum JsonType
{
    /// <summary>No type: the schema names none.</summary>
    None,

    /// <summary><c>"string"</c>.</summary>
    String,

    /// <summary><c>"boolean"</c>.</summary>
    Boolean,

    /// <summary><c>"integer"</c>.</summary>
    Integer,

    /// <summary><c>"object"</c>.</summary>
    Object,

    /// <summary><c>"array"</c>.</summary>
    Array,
}
