using Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;
using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Cli.LanguageServer;

/// <summary>
/// Converts between LSP positions (line and UTF-16 character from 0) and offsets in a document's text, and between the
/// library's places (line and column from 1) and LSP ranges. The library counts columns in UTF-16 units too, as the
/// editor does by default, so no re-encoding is needed.
/// </summary>
internal static class TextPositions
{
    /// <summary>Gets the offset of <paramref name="position"/>, clamped to the text as LSP asks of a position past a line's end.</summary>
    public static int OffsetOf(string text, Position position)
    {
        var offset = 0;
        for (var line = 0; line < position.Line; line++)
        {
            var next = text.IndexOf('\n', offset);
            if (next < 0)
            {
                return text.Length;
            }

            offset = next + 1;
        }

        var end = text.IndexOf('\n', offset);
        var lineEnd = end < 0 ? text.Length : end;
        return Math.Min(offset + Math.Max(position.Character, 0), lineEnd);
    }

    /// <summary>Applies one change of textDocument/didChange to <paramref name="text"/>.</summary>
    public static string Apply(string text, ContentChange change)
    {
        if (change.Range is not { } range)
        {
            return change.Text;
        }

        var start = OffsetOf(text, range.Start);
        var end = Math.Max(start, OffsetOf(text, range.End));
        return string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
    }

    /// <summary>Gets the text of line <paramref name="line"/> (from 0), without its line break.</summary>
    public static string LineOf(string text, int line)
    {
        var start = OffsetOf(text, new Position(line, 0));
        var end = text.IndexOf('\n', start);
        return text[start..(end < 0 ? text.Length : end)].TrimEnd('\r');
    }

    /// <summary>
    /// Gets the range of a place the library reports: its span when it has one, else from its start to the end of the
    /// word there, so that the editor underlines something; a finding about the whole file sits at its start.
    /// </summary>
    public static TextRange RangeOf(SourceLocation location, string text)
    {
        if (!location.HasPosition)
        {
            return new TextRange(new Position(0, 0), new Position(0, 0));
        }

        var start = new Position(location.Line - 1, location.Column - 1);
        if (location.EndLine > location.Line || (location.EndLine == location.Line && location.EndColumn > location.Column))
        {
            return new TextRange(start, new Position(location.EndLine - 1, location.EndColumn - 1));
        }

        var line = LineOf(text, start.Line);
        var end = Math.Min(start.Character, line.Length);
        while (end < line.Length && !char.IsWhiteSpace(line[end]) && line[end] is not (',' or ']' or '}'))
        {
            end++;
        }

        return new TextRange(start, new Position(start.Line, end));
    }

    /// <summary>Gets a value indicating whether <paramref name="position"/> lies in <paramref name="location"/>, its end included.</summary>
    public static bool Contains(SourceLocation location, Position position)
    {
        var (line, column) = (position.Line + 1, position.Character + 1);
        var afterStart = line > location.Line || (line == location.Line && column >= location.Column);
        var beforeEnd = line < location.EndLine || (line == location.EndLine && column <= location.EndColumn);
        return location.HasPosition && afterStart && beforeEnd;
    }

    /// <summary>Gets a value indicating whether <paramref name="position"/> lies in <paramref name="range"/>, its end included.</summary>
    public static bool Contains(TextRange range, Position position) =>
        Compare(range.Start, position) <= 0 && Compare(position, range.End) <= 0;

    private static int Compare(Position a, Position b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Character.CompareTo(b.Character);
}
