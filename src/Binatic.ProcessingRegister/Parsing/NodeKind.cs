namespace Binatic.ProcessingRegister.Parsing;

/// <summary>What one node of a <see cref="DocumentTree"/> holds: the JSON types a YAML register can be read into.</summary>
internal enum NodeKind : byte
{
    /// <summary>An empty value: <c>null</c>, <c>~</c> or nothing at all.</summary>
    Null,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A whole number that fits in 64 bits.</summary>
    Integer,

    /// <summary>A finite number with a fraction or an exponent.</summary>
    Float,

    /// <summary>Text.</summary>
    String,

    /// <summary>A mapping of text keys to values: a JSON object.</summary>
    Mapping,

    /// <summary>A sequence of values: a JSON array.</summary>
    Sequence,
}
