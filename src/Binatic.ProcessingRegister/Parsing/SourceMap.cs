using Newtonsoft.Json.Linq;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// Remembers, for every JSON token built from a YAML document, the JSON Pointer it sits at and the YAML span
/// it came from, so that any later stage can report a finding at the line and column the user wrote.
/// Tokens are keyed by reference, never by value: two equal strings at different places stay apart.
/// </summary>
internal sealed class SourceMap
{
    private readonly Dictionary<JToken, Entry> _byToken = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Entry> _byPointer = new(StringComparer.Ordinal);

    public SourceMap(string file) => File = file;

    /// <summary>Gets the display name of the file the document was read from.</summary>
    public string File { get; }

    /// <summary>
    /// Records a value token. <paramref name="keySpan"/> is the span of the mapping key that introduced it,
    /// when the value is a property value.
    /// </summary>
    public void Add(JToken value, string pointer, SourceSpan valueSpan, SourceSpan? keySpan = null)
    {
        var entry = new Entry(pointer, valueSpan, keySpan);
        _byToken[value] = entry;
        _byPointer[pointer] = entry;
        if (value.Parent is JProperty property)
        {
            _byToken[property] = entry;
        }
    }

    /// <summary>Gets the JSON Pointer of a token, or of the nearest recorded ancestor.</summary>
    public string PointerOf(JToken token) => Find(token)?.Pointer ?? string.Empty;

    /// <summary>
    /// Gets where a token was written. A <see cref="JProperty"/> resolves to its key, since that is what an
    /// unknown or misspelt property error is about; a value resolves to the value itself.
    /// </summary>
    public SourceLocation Locate(JToken token)
    {
        var entry = Find(token);
        if (entry is null)
        {
            return SourceLocation.WholeFile(File);
        }

        return token is JProperty && entry.KeySpan is { } key ? key.ToLocation(File) : entry.ValueSpan.ToLocation(File);
    }

    /// <summary>Gets where the value at a JSON Pointer was written, or the nearest ancestor that exists.</summary>
    public SourceLocation Locate(string pointer) =>
        FindPointer(pointer) is { } entry ? entry.ValueSpan.ToLocation(File) : SourceLocation.WholeFile(File);

    /// <summary>Gets where the key of the property at a JSON Pointer was written, falling back to its value.</summary>
    public SourceLocation LocateKey(string pointer) =>
        FindPointer(pointer) is { } entry
            ? (entry.KeySpan ?? entry.ValueSpan).ToLocation(File)
            : SourceLocation.WholeFile(File);

    private Entry? Find(JToken token)
    {
        for (JToken? current = token; current is not null; current = current.Parent)
        {
            if (_byToken.TryGetValue(current, out var entry))
            {
                return entry;
            }
        }

        return null;
    }

    private Entry? FindPointer(string pointer)
    {
        for (var current = pointer; ; current = current[..current.LastIndexOf('/')])
        {
            if (_byPointer.TryGetValue(current, out var entry))
            {
                return entry;
            }

            if (current.Length == 0)
            {
                return null;
            }
        }
    }

    private sealed record Entry(string Pointer, SourceSpan ValueSpan, SourceSpan? KeySpan);
}
