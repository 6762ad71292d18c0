using System.Globalization;
using Binatic.ProcessingRegister.Diagnostics;
using YamlDotNet.Core.Events;
using YamlDotNet.Core;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// Turns a scalar into a JSON value by the YAML 1.2 core schema, and says when the value has no JSON equivalent
/// or when YAML 1.1 tools would read the same plain text differently.
/// </summary>
internal static class ScalarValues
{
    private static readonly MessageTemplate TheNumber = new("the number {number}", "het getal {number}");

    private static readonly MessageTemplate ReadDifferently = new(
        "The plain value '{text}' is {yaml12} here, but YAML 1.1 tools read it as {yaml11}; write \"{text}\" in quotes so every tool reads it the same.",
        "De waarde zonder aanhalingstekens '{text}' is hier {yaml12}, maar tools voor YAML 1.1 lezen haar als {yaml11}; schrijf \"{text}\" tussen aanhalingstekens, zodat elke tool haar hetzelfde leest.");

    /// <summary>
    /// Reads <paramref name="scalar"/>, whose tag, if any, the reader has checked is a core scalar tag;
    /// <paramref name="text"/> is its value, possibly an instance shared with equal values.
    /// </summary>
    /// <returns>The finding to report, if any; with an error, <paramref name="value"/> is null.</returns>
    public static ScalarFinding? Read(Scalar scalar, string text, out ScalarValue value)
    {
        if (scalar.Tag.IsEmpty && scalar.Style != ScalarStyle.Plain)
        {
            value = ScalarValue.Of(text);
            return null;
        }

        var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        if (!CoreSchema.TryResolve(tag, text, out var resolved, out var problem))
        {
            value = ScalarValue.Null;
            return new ScalarFinding(DiagnosticIds.UnrepresentableScalar, DiagnosticSeverity.Error, problem);
        }

        value = resolved;
        if (tag is null && Yaml11Reading.Describe(text) is { } yaml11)
        {
            var yaml12 = resolved.Kind switch
            {
                NodeKind.String => Yaml11Reading.TheText.With(("text", text)),
                NodeKind.Integer => TheNumber.With(("number", resolved.Bits.ToString(CultureInfo.InvariantCulture))),
                _ => TheNumber.With(("number", BitConverter.Int64BitsToDouble(resolved.Bits).ToString(CultureInfo.InvariantCulture))),
            };
            return new ScalarFinding(
                DiagnosticIds.AmbiguousScalar,
                DiagnosticSeverity.Warning,
                ReadDifferently.With(("text", text), ("yaml12", yaml12), ("yaml11", yaml11)));
        }

        return null;
    }
}
