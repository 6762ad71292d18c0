namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// A scalar as the YAML 1.2 core schema reads it: its JSON type, its text when it is text, and its number or
/// boolean in <see cref="Bits"/> (a <see cref="long"/>, the bits of a <see cref="double"/>, or 1 for true).
/// </summary>
internal readonly record struct ScalarValue(NodeKind Kind, string? Text, long Bits)
{
    public static ScalarValue Null { get; } = new(NodeKind.Null, null, 0);

    public static ScalarValue Of(string text) => new(NodeKind.String, text, 0);

    public static ScalarValue Of(long value) => new(NodeKind.Integer, null, value);

    public static ScalarValue Of(double value) => new(NodeKind.Float, null, BitConverter.DoubleToInt64Bits(value));

    public static ScalarValue Of(bool value) => new(NodeKind.Boolean, null, value ? 1 : 0);
}
