using System.Buffers;
using System.Text;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Diagnostics;

/// <summary>
/// The named placeholders of a two-language message, such as <c>{activity}</c>: a letter, then letters and digits, in
/// braces; other braces are text. The library's findings and the command line's own messages both use it; the
/// command line compiles this file in as well (linked in its project file), since it sees only the library's public
/// surface.
/// </summary>
/// <remarks>
/// A scan rather than a regular expression's replace: every finding is written with it, a large register has tens of
/// thousands of them, and the regular expression's matches and callback doubled what the rules allocate.
/// </remarks>
internal static class Placeholders
{
    private static readonly SearchValues<char> NameCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>Gets the names of the placeholders in <paramref name="text"/>, in order, each once.</summary>
    public static IReadOnlyList<string> Of(string text)
    {
        var names = new List<string>();
        for (var from = 0; Find(text, from, out var open, out var close); from = close + 1)
        {
            var name = text[(open + 1)..close];
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>
    /// Gets <paramref name="text"/> with each placeholder replaced by its argument as <paramref name="show"/> writes it
    /// in <paramref name="language"/>; a placeholder no argument names is left as written.
    /// </summary>
    public static string Fill(string text, (string Name, object? Value)[] arguments, RegisterLanguage language, Func<object?, RegisterLanguage, string> show)
    {
        StringBuilder? written = null;
        var from = 0;
        for (var at = 0; Find(text, at, out var open, out var close); at = close + 1)
        {
            if (IndexOf(arguments, text.AsSpan(open + 1, close - open - 1)) is var index and >= 0)
            {
                written ??= new StringBuilder(text.Length + 64);
                written.Append(text, from, open - from).Append(show(arguments[index].Value, language));
                from = close + 1;
            }
        }

        return written is null ? text : written.Append(text, from, text.Length - from).ToString();
    }

    private static bool Find(string text, int from, out int open, out int close)
    {
        for (open = text.IndexOf('{', from); open >= 0; open = text.IndexOf('{', open + 1))
        {
            close = text.IndexOf('}', open + 1);
            if (close < 0)
            {
                break;
            }

            if (IsName(text.AsSpan(open + 1, close - open - 1)))
            {
                return true;
            }
        }

        open = close = -1;
        return false;
    }

    private static bool IsName(ReadOnlySpan<char> name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && !name[1..].ContainsAnyExcept(NameCharacters);

    private static int IndexOf((string Name, object? Value)[] arguments, ReadOnlySpan<char> name)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            if (name.SequenceEqual(arguments[i].Name))
            {
                return i;
            }
        }

        return -1;
    }
}
