using Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;
using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Cli.LanguageServer;

/// <summary>Applies the editor's changes to a document's text, and tells whether a place lies in a range.</summary>
internal static class TextPositions
{
    /// <summary>Applies one change of textDocument/didChange to <paramref name="text"/>.</summary>
    public static string Apply(string text, ContentChange change)
    {
        if (change.Range is not { } range)
        {
            return change.Text;
        }

        var lines = new TextLines(text);
        var start = lines.OffsetOf(range.Start);
        var end = Math.Max(start, lines.OffsetOf(range.End));
        return string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
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
