namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// Hands out one instance of each short text, so that the tree of a register whose thousands of entries repeat the
/// same keys, ids and codes holds each once: the parser's copies then die young, which costs the garbage collector
/// far less than keeping them all. The table stops growing at a bound, so a file of unique texts cannot make it large.
/// </summary>
internal sealed class SharedStrings
{
    private const int MaxLength = 64;
    private const int MaxShared = 16_384;

    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);

    public string Share(string text)
    {
        if (text.Length > MaxLength)
        {
            return text;
        }

        if (_shared.TryGetValue(text, out var shared))
        {
            return shared;
        }

        if (_shared.Count < MaxShared)
        {
            _shared.Add(text, text);
        }

        return text;
    }
}
