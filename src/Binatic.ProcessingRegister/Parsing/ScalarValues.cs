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
                NodeKind.String => $"the text \"{text}\"",
                NodeKind.Integer => $"the number {resolved.Bits.ToString(CultureInfo.InvariantCulture)}",
                _ => $"the number {BitConverter.Int64BitsToDouble(resolved.Bits).ToString(CultureInfo.InvariantCulture)}",
            };
            return new ScalarFinding(
                DiagnosticIds.AmbiguousScalar,
                DiagnosticSeverity.Warning,
                $"The plain value '{text}' is {yaml12} here, but YAML 1.1 tools read it as {yaml11}; write \"{text}\" in quotes so every tool reads it the same.");
        }

        return null;
    }
}
