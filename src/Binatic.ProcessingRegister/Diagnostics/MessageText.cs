using System.Buffers;
using System.Globalization;
using Binatic.ProcessingRegister.Facts;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Diagnostics;

/// <summary>
/// A message that can be written in English or Dutch: a <see cref="MessageTemplate"/> with its arguments. Findings
/// keep it, so that the language can be chosen when a review ends (a register's own language is only known once it
/// has loaded).
/// </summary>
internal sealed class MessageText : IEquatable<MessageText>
{
    private readonly MessageTemplate? _template;
    private readonly (string Name, object? Value)[] _arguments;
    private readonly bool _onOneLine;
    private readonly bool _capitalized;
    private readonly object?[]? _parts;
    private readonly string? _separator;

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\u0085\u2028\u2029");

    internal MessageText(MessageTemplate template, (string Name, object? Value)[] arguments)
    {
        _template = template;
        _arguments = arguments;
    }

    private MessageText(string separator, object?[] parts)
    {
        _separator = separator;
        _parts = parts;
        _arguments = [];
    }

    private MessageText(MessageText text, bool onOneLine, bool capitalized)
    {
        _parts = text._parts;
        _separator = text._separator;
        _template = text._template;
        _arguments = text._arguments;
        _onOneLine = onOneLine;
        _capitalized = capitalized;
    }

    /// <summary>Gets <paramref name="parts"/> one after the other, with <paramref name="separator"/> between them, in either language.</summary>
    /// <param name="separator">The text between two parts, the same in both languages (such as ", ").</param>
    /// <param name="parts">
    /// The parts, each written as an argument of <see cref="MessageTemplate.With"/> is: another <see cref="MessageText"/>
    /// in the same language, text (such as a name from the register) as it is written.
    /// </param>
    public static MessageText Join(string separator, IEnumerable<object?> parts) => new(separator, [.. parts]);

    /// <summary>Gets the message in English.</summary>
    public string English => In(RegisterLanguage.English);

    /// <summary>Gets the message in <paramref name="language"/>, its arguments written in the same language.</summary>
    public string In(RegisterLanguage language)
    {
        var text = _parts is not null ? string.Join(_separator, _parts.Select(part => Show(part, language)))
            : _template!.Format(language, _arguments);
        if (_capitalized && text.Length > 0)
        {
            text = char.ToUpperInvariant(text[0]) + text[1..];
        }

        return _onOneLine ? OnOneLine(text) : text;
    }

    /// <summary>
    /// Gets the message written on one line, line breaks and the spaces around them made one space: rules quote names
    /// and other text from the register, which YAML lets span lines (a literal or folded block).
    /// </summary>
    public MessageText OnOneLine() => _onOneLine ? this : new MessageText(this, onOneLine: true, _capitalized);

    /// <summary>Gets the message with its first letter upper-cased in either language, for a phrase that starts a sentence.</summary>
    public MessageText Capitalized() => _capitalized ? this : new MessageText(this, _onOneLine, capitalized: true);

    /// <summary>Gets <paramref name="message"/> on one line, as <see cref="OnOneLine()"/> writes a message.</summary>
    public static string OnOneLine(string message) =>
        message.AsSpan().IndexOfAny(LineBreaks) < 0
            ? message
            : string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <inheritdoc/>
    public bool Equals(MessageText? other) =>
        other is not null
        && ReferenceEquals(_template, other._template)
        && _onOneLine == other._onOneLine
        && _capitalized == other._capitalized
        && string.Equals(_separator, other._separator, StringComparison.Ordinal)
        && (_parts ?? []).SequenceEqual(other._parts ?? [])
        && _arguments.SequenceEqual(other._arguments);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MessageText);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_template, _parts?.Length, _arguments.Length);

    /// <inheritdoc/>
    public override string ToString() => English;

    /// <summary>Gets <paramref name="value"/> as a message shows it: another message in the same language, a date as the facts write it.</summary>
    internal static string Show(object? value, RegisterLanguage language) => value switch
    {
        null => string.Empty,
        MessageText text => text.In(language),
        DateOnly date => language == RegisterLanguage.Dutch ? GdprFacts.DisplayDutch(date) : GdprFacts.Display(date),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
