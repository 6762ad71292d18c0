using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Diagnostics;

/// <summary>
/// One message in English and in Dutch, with named placeholders such as <c>{activity}</c> that both texts share.
/// Declared as a static field beside the code that reports it, and formatted with <see cref="With"/>, so that a
/// finding keeps its arguments and is written in the reader's language only when the review ends.
/// </summary>
/// <remarks>
/// A placeholder is a name in braces (letters and digits, starting with a letter); other braces are text. A test finds
/// every template by reflection and checks that both texts are there and name the same placeholders.
/// </remarks>
/// <param name="english">The English text.</param>
/// <param name="dutch">The Dutch text, in the AVG's own terms (see CONTRIBUTING.md).</param>
internal sealed partial class MessageTemplate(string english, string dutch)
{
    private static readonly SearchValues<char> NameCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>Gets the English text.</summary>
    public string English { get; } = english;

    /// <summary>Gets the Dutch text.</summary>
    public string Dutch { get; } = dutch;

    /// <summary>Gets the names of the placeholders in <paramref name="text"/>, in order, each once.</summary>
    public static IReadOnlyList<string> PlaceholdersOf(string text) =>
        [.. Placeholder().Matches(text).Select(match => match.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    /// <summary>Gets the message with its arguments, to be written in either language later.</summary>
    /// <param name="arguments">
    /// A value per placeholder: text, a number, or another <see cref="MessageText"/>, which is written in the same
    /// language as the message.
    /// </param>
    public MessageText With(params (string Name, object? Value)[] arguments) => new(this, arguments);

    /// <summary>Gets the message of a template without placeholders.</summary>
    public MessageText Text() => new(this, []);

    /// <summary>Gets the text in <paramref name="language"/> with the placeholders filled in, each value as <see cref="MessageText"/> shows it.</summary>
    /// <remarks>
    /// A scan rather than <see cref="Placeholder"/>'s replace: every finding is formatted, and a large register has
    /// tens of thousands of them, where the regular expression's matches and callback doubled what the rules allocate.
    /// It reads placeholders exactly as <see cref="Placeholder"/> does; a name no argument has is left as written.
    /// </remarks>
    internal string Format(RegisterLanguage language, (string Name, object? Value)[] arguments)
    {
        var text = language == RegisterLanguage.Dutch ? Dutch : English;
        var open = text.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return text;
        }

        var written = new StringBuilder(text.Length + 64);
        var from = 0;
        while (open >= 0)
        {
            var close = text.IndexOf('}', open + 1);
            if (close < 0)
            {
                break;
            }

            var name = text.AsSpan(open + 1, close - open - 1);
            if (IsName(name) && IndexOf(arguments, name) is var index and >= 0)
            {
                written.Append(text, from, open - from).Append(MessageText.Show(arguments[index].Value, language));
                from = close + 1;
                open = text.IndexOf('{', from);
            }
            else
            {
                open = text.IndexOf('{', open + 1);
            }
        }

        return written.Append(text, from, text.Length - from).ToString();
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

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Placeholder();
}
