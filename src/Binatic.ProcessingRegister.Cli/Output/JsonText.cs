using System.Buffers;
using System.Text;
using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Cli.Output;

/// <summary>The last step of the JSON and SARIF formats: the written document, with nothing invisible left raw in it.</summary>
internal static class JsonText
{
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r");

    /// <summary>
    /// Decodes <paramref name="utf8"/> and writes every format character (a bidirectional override such as U+202E, a
    /// zero-width space), line or paragraph separator left in it as a JSON escape, <c>\uXXXX</c>.
    /// </summary>
    /// <remarks>
    /// System.Text.Json escapes control characters but, with every Unicode range allowed, keeps U+202E and U+200B as
    /// they are, and a reader of the file in a terminal or an editor would see the text around them reordered or
    /// hidden. Outside strings JSON has only ASCII, so any such character is inside a string, where the escape stands
    /// for the same character: a program reads the same value, a person sees the code.
    /// </remarks>
    /// <param name="utf8">The document as <see cref="System.Text.Json.Utf8JsonWriter"/> wrote it.</param>
    /// <returns>The document as text.</returns>
    public static string Visible(ReadOnlySpan<byte> utf8)
    {
        var json = Encoding.UTF8.GetString(utf8);
        var builder = new StringBuilder(json.Length);

        // The writer's own line breaks between values are the only raw control characters it leaves, so they are kept
        // and the text between them is shown.
        var start = 0;
        for (var found = json.AsSpan().IndexOfAny(LineBreaks); found >= 0; found = json.AsSpan(start).IndexOfAny(LineBreaks))
        {
            var end = start + found;
            builder.Append(VisibleText.Show(json[start..end])).Append(json[end]);
            start = end + 1;
        }

        return builder.Append(VisibleText.Show(json[start..])).ToString();
    }
}
