using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Diagnostics;

/// <summary>
/// One message in English and in Dutch, with named placeholders such as <c>{activity}</c> that both texts share.
/// Declared as a static field beside the code that reports it, and formatted with <see cref="With"/>, so that a
/// finding keeps its arguments and is written in the reader's language only when the review ends.
/// </summary>
/// <remarks>
/// A placeholder is a name in braces (see <see cref="Placeholders"/>); other braces are text. A test finds
/// every template by reflection and checks that both texts are there and name the same placeholders.
/// </remarks>
/// <param name="english">The English text.</param>
/// <param name="dutch">The Dutch text, in the AVG's own terms (see CONTRIBUTING.md).</param>
internal sealed class MessageTemplate(string english, string dutch)
{
    /// <summary>Gets the English text.</summary>
    public string English { get; } = english;

    /// <summary>Gets the Dutch text.</summary>
    public string Dutch { get; } = dutch;

    /// <summary>Gets the names of the placeholders in <paramref name="text"/>, in order, each once.</summary>
    public static IReadOnlyList<string> PlaceholdersOf(string text) => Placeholders.Of(text);

    /// <summary>Gets the message with its arguments, to be written in either language later.</summary>
    /// <param name="arguments">
    /// A value per placeholder: text, a number, or another <see cref="MessageText"/>, which is written in the same
    /// language as the message.
    /// </param>
    public MessageText With(params (string Name, object? Value)[] arguments) => new(this, arguments);

    /// <summary>Gets the message of a template without placeholders.</summary>
    public MessageText Text() => new(this, []);

    /// <summary>Gets the text in <paramref name="language"/> with the placeholders filled in, each value as <see cref="MessageText"/> shows it.</summary>
    internal string Format(RegisterLanguage language, (string Name, object? Value)[] arguments) =>
        Placeholders.Fill(language == RegisterLanguage.Dutch ? Dutch : English, arguments, language, MessageText.Show);
}
