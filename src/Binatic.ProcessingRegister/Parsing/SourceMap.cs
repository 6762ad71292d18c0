using System.Text;
using Newtonsoft.Json.Linq;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// Remembers, for every JSON token built from a YAML document, the YAML span it came from, so that any later stage
/// can report a finding at the line and column the user wrote. The spans travel with the tokens themselves (as an
/// annotation), so recording one costs neither a hash nor a pointer string; pointers are spelt out only when asked
/// for, from the token's place in the tree, and a pointer is resolved by walking the tree from the root. Once the tree
/// is built nothing writes to it or to the map, so several threads may locate findings at once.
/// </summary>
internal sealed class SourceMap
{
    private JToken? _root;
    private int _lastLine = int.MaxValue;
    private int _lastColumn = int.MaxValue;

    public SourceMap(string file) => File = file;

    /// <summary>Gets the display name of the file the document was read from.</summary>
    public string File { get; }

    /// <summary>
    /// Records where the text ends: just past its last character. YamlDotNet places an empty value at the end of a
    /// text without a final line break on the line after the last one, which no editor can show; a location past the
    /// end is moved here.
    /// </summary>
    public void EndsAt(int lastLine, int lastColumn)
    {
        _lastLine = lastLine;
        _lastColumn = lastColumn;
    }

    /// <summary>Records the root of the tree, where pointers start.</summary>
    public void AddRoot(JToken root, SourceSpan span)
    {
        _root = root;
        root.AddAnnotation(new TokenOrigin(span));
    }

    /// <summary>Records a sequence entry.</summary>
    public static void Add(JToken value, SourceSpan valueSpan) => value.AddAnnotation(new TokenOrigin(valueSpan));

    /// <summary>Records a property value and the span of the mapping key that introduced it.</summary>
    public static void Add(JToken value, SourceSpan valueSpan, SourceSpan keySpan) =>
        value.AddAnnotation(new PropertyOrigin(valueSpan, keySpan));

    /// <summary>Gets where the key of a recorded property value was written, if it is one.</summary>
    public static SourceSpan? KeySpanOf(JToken value) => value.Annotation<TokenOrigin>()?.KeySpan;

    /// <summary>Gets the JSON Pointer of a token, or of the nearest recorded ancestor.</summary>
    public string PointerOf(JToken token)
    {
        var recorded = Find(token, out _);
        return recorded is null ? JsonPointer.Root : Spell(recorded);
    }

    /// <summary>
    /// Gets where a token was written. A <see cref="JProperty"/> resolves to its key, since that is what an
    /// unknown or misspelt property error is about; a value resolves to the value itself.
    /// </summary>
    public SourceLocation Locate(JToken token)
    {
        if (Find(token, out var origin) is null)
        {
            return SourceLocation.WholeFile(File);
        }

        return Inside((token is JProperty && origin.KeySpan is { } key ? key : origin.ValueSpan).ToLocation(File));
    }

    /// <summary>Gets where the value at a JSON Pointer was written, or the nearest ancestor that exists.</summary>
    public SourceLocation Locate(string pointer) =>
        FindPointer(pointer) is { } origin ? Inside(origin.ValueSpan.ToLocation(File)) : SourceLocation.WholeFile(File);

    /// <summary>Gets where the key of the property at a JSON Pointer was written, falling back to its value.</summary>
    public SourceLocation LocateKey(string pointer) =>
        FindPointer(pointer) is { } origin
            ? Inside((origin.KeySpan ?? origin.ValueSpan).ToLocation(File))
            : SourceLocation.WholeFile(File);

    /// <summary>Moves a location past the end of the text (see <see cref="EndsAt"/>) to just past its last character.</summary>
    public SourceLocation Inside(SourceLocation location) =>
        location.Line > _lastLine ? location with { Line = _lastLine, Column = _lastColumn, EndLine = _lastLine, EndColumn = _lastColumn }
        : location.EndLine > _lastLine ? location with { EndLine = _lastLine, EndColumn = _lastColumn }
        : location;

    /// <summary>
    /// Finds the nearest recorded token at or above <paramref name="token"/> in this map's tree; a property stands
    /// for its value. Tokens of another tree, or cut loose from this one, are not this map's to locate.
    /// </summary>
    private JToken? Find(JToken token, out TokenOrigin origin)
    {
        JToken? recorded = null;
        origin = null!;
        JToken top = token;
        for (JToken? current = token; current is not null; current = current.Parent)
        {
            top = current;
            if (recorded is null && (current is JProperty property ? property.Value : current).Annotation<TokenOrigin>() is { } found)
            {
                recorded = current is JProperty named ? named.Value : current;
                origin = found;
            }
        }

        return ReferenceEquals(top, _root) ? recorded : null;
    }

    private static string Spell(JToken token)
    {
        var steps = new List<JToken>();
        for (var current = token; current.Parent is not null; current = current.Parent is JProperty property ? property.Parent! : current.Parent)
        {
            steps.Add(current);
        }

        var pointer = new StringBuilder();
        for (var i = steps.Count - 1; i >= 0; i--)
        {
            var step = steps[i];
            if (step.Parent is JProperty property)
            {
                JsonPointer.AppendKey(pointer, property.Name);
            }
            else
            {
                JsonPointer.AppendIndex(pointer, ((JArray)step.Parent!).IndexOf(step));
            }
        }

        return pointer.ToString();
    }

    private TokenOrigin? FindPointer(string pointer)
    {
        if (_root is null)
        {
            return null;
        }

        var current = _root;
        var rest = pointer.AsSpan();
        while (rest.Length > 0 && rest[0] == '/')
        {
            rest = rest[1..];
            var end = rest.IndexOf('/');
            var token = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[end..];
            JToken? child = current switch
            {
                JObject mapping when JsonPointer.TryUnescape(token, out var key) => mapping.TryGetValue(key, out var value) ? value : null,
                JArray array when JsonPointer.TryIndex(token, out var index) => index < array.Count ? array[index] : null,
                _ => null,
            };
            if (child is null)
            {
                break;
            }

            current = child;
        }

        return current.Annotation<TokenOrigin>();
    }

    /// <summary>
    /// Where one token came from. A register has a million of them, so a sequence entry keeps its own span only,
    /// and its index is counted when a pointer is asked for; a property value adds its key's span.
    /// </summary>
    private class TokenOrigin(SourceSpan valueSpan)
    {
        public SourceSpan ValueSpan { get; } = valueSpan;

        public virtual SourceSpan? KeySpan => null;
    }

    private sealed class PropertyOrigin(SourceSpan valueSpan, SourceSpan keySpan) : TokenOrigin(valueSpan)
    {
        // Kept as a plain span: a nullable one would take four bytes more in each of a million objects.
        private readonly SourceSpan _keySpan = keySpan;

        public override SourceSpan? KeySpan => _keySpan;
    }
}
