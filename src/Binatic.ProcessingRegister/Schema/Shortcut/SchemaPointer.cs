using System.Text.Json;

namespace Binatic.ProcessingRegister.Schema.Shortcut;

/// <summary>
/// JSON Pointers within a schema document (RFC 6901, as <c>#/…</c> fragments), the way NJsonSchema resolves a
/// <c>$ref</c> and only as far as the loader lets it: to <c>#/definitions/…</c> and nowhere else.
/// </summary>
internal static class SchemaPointer
{
    private const string DefinitionsPrefix = "#/definitions/";

    /// <summary>Escapes a property name for use as one segment of a pointer.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The segment: <c>~</c> as <c>~0</c>, <c>/</c> as <c>~1</c>.</returns>
    public static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>Finds what a <c>$ref</c> points to.</summary>
    /// <param name="root">The document's root.</param>
    /// <param name="reference">The reference, as written.</param>
    /// <param name="pointer">The target's pointer, escaped in one way only, so that any spelling of it finds the same.</param>
    /// <param name="target">The target.</param>
    /// <returns>Whether the reference points into the document's definitions, at something that is there.</returns>
    public static bool TryResolve(JsonElement root, string reference, out string pointer, out JsonElement target)
    {
        ArgumentNullException.ThrowIfNull(reference);
        pointer = "#";
        target = root;
        if (!reference.StartsWith(DefinitionsPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var raw in reference[2..].Split('/'))
        {
            // NJsonSchema's order: percent-decoding first, then the pointer's own escapes.
            var segment = Uri.UnescapeDataString(raw).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (target.ValueKind != JsonValueKind.Object || !target.TryGetProperty(segment, out target))
            {
                return false;
            }

            pointer += "/" + Escape(segment);
        }

        return true;
    }
}
