using System.Globalization;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Cli;

/// <summary>
/// One message of the command line itself (a file that cannot be read, an option error, a summary line) in English
/// and in Dutch, with named placeholders such as <c>{path}</c> that both texts share; declared as a static field
/// beside the code that writes it. The library's findings carry their own texts; these are the tool's.
/// </summary>
/// <remarks>
/// The severity words (<c>error</c>, <c>warning</c>, <c>info</c>) are never part of a message: they stay English in
/// every language, since CI parsers read them. A test finds every message by reflection and checks that both texts
/// are there, differ and name the same placeholders.
/// </remarks>
/// <param name="english">The English text.</param>
/// <param name="dutch">The Dutch text.</param>
internal sealed class CliMessage(string english, string dutch)
{
    /// <summary>Gets the English text.</summary>
    public string English { get; } = english;

    /// <summary>Gets the Dutch text.</summary>
    public string Dutch { get; } = dutch;

    /// <summary>Gets the names of the placeholders in <paramref name="text"/>, in order, each once.</summary>
    public static IReadOnlyList<string> PlaceholdersOf(string text) => Placeholders.Of(text);

    /// <summary>
    /// Gets the text in <paramref name="language"/> with its placeholders filled in; an argument that is itself a
    /// <see cref="CliMessage"/> or <see cref="CliText"/> is written in the same language.
    /// </summary>
    public string In(RegisterLanguage language, params (string Name, object? Value)[] arguments) =>
        Placeholders.Fill(language == RegisterLanguage.Dutch ? Dutch : English, arguments, language, Show);

    /// <summary>Gets the message with its arguments, to be written in a language chosen later.</summary>
    public CliText With(params (string Name, object? Value)[] arguments) => new(this, arguments);

    private static string Show(object? value, RegisterLanguage language) => value switch
    {
        null => string.Empty,
        CliMessage message => message.In(language),
        CliText text => text.In(language),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
