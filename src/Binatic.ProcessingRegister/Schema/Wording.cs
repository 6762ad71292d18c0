using System.Globalization;
using Binatic.ProcessingRegister.Diagnostics;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json;

namespace Binatic.ProcessingRegister.Schema;

/// <summary>Turns schema titles, descriptions and JSON values into words that fit inside a one-line message.</summary>
internal static class Wording
{
    private const int MaxShownLength = 60;

    /// <summary>
    /// Lower-cases the first letter of a title or description so that it can follow other words: "Processing activity"
    /// becomes "processing activity", while "DPIA", "Art. 10 ground" and "`true` when…" keep their first word as is.
    /// Backticks, Markdown for code in the schema, become single quotes as in the rest of the message.
    /// </summary>
    public static string Inline(string text)
    {
        var plain = text.Replace('`', '\'');
        var firstWordEnd = plain.IndexOf(' ', StringComparison.Ordinal);
        var firstWord = firstWordEnd < 0 ? plain : plain[..firstWordEnd];
        var ordinaryWord = firstWord.Length > 0
            && char.IsUpper(firstWord[0])
            && firstWord.Skip(1).All(c => char.IsLower(c) || c == '-');
        return ordinaryWord ? char.ToLowerInvariant(plain[0]) + plain[1..] : plain;
    }

    /// <summary>Upper-cases the first letter, for a phrase that starts a message.</summary>
    public static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Ends a sentence with exactly one full stop.</summary>
    public static string EndSentence(string text) => text.EndsWith('.') ? text : text + ".";

    /// <summary>Shows a value as the user would write it: text in single quotes, anything else as JSON.</summary>
    public static string Show(JToken token)
    {
        var text = token.Type == JTokenType.String
            ? DiagnosticText.Quote(token.Value<string>() ?? string.Empty)
            : token.ToString(Formatting.None);
        return text.Length <= MaxShownLength ? text : string.Concat(text.AsSpan(0, MaxShownLength), "…");
    }

    /// <summary>Shows an allowed value from a schema's <c>enum</c>, bare, as it would appear in YAML.</summary>
    public static string ShowAllowed(object? value) => value switch
    {
        null => "null",
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => JToken.FromObject(value).ToString(Formatting.None),
    };

    /// <summary>Joins names into a comma-separated list.</summary>
    public static string List(IEnumerable<string> items) => string.Join(", ", items);

    /// <summary>Formats a count for a message, without the culture's digit grouping.</summary>
    public static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a schema limit such as a minimum, dropping a trailing ".0".</summary>
    public static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
