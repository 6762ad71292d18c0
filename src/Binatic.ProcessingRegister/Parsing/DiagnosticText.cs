using System.Text;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>Shows text from the user's file inside a one-line message.</summary>
internal static class DiagnosticText
{
    private const int MaxShown = 40;

    /// <summary>
    /// Quotes <paramref name="text"/> in single quotes, escaping line breaks and tabs so the message stays on one
    /// line, and shortening long text so a huge value cannot swamp the output.
    /// </summary>
    public static string Quote(string text)
    {
        var shown = text.Length > MaxShown ? string.Concat(text.AsSpan(0, MaxShown), "…") : text;
        var builder = new StringBuilder(shown.Length + 2).Append('\'');
        foreach (var c in shown)
        {
            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ => builder.Append(c),
            };
        }

        return builder.Append('\'').ToString();
    }
}
