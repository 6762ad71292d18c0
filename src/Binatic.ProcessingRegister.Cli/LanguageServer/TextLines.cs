using Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;
using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Cli.LanguageServer;

/// <summary>
/// A document's text with the offset at which each of its lines starts, so that a place is found without reading the
/// text up to it: a review of a large register converts hundreds of findings, each of which would otherwise cost a
/// walk through the text. LSP counts lines and UTF-16 characters from 0, the library lines and columns from 1, both in
/// UTF-16 units, so no re-encoding is needed.
/// </summary>
internal sealed class TextLines
{
    private readonly int[] _starts;

    public TextLines(string text)
    {
        Text = text;
        var starts = new List<int> { 0 };
        for (var next = text.IndexOf('\n'); next >= 0; next = text.IndexOf('\n', next + 1))
        {
            starts.Add(next + 1);
        }

        _starts = [.. starts];
    }

    public string Text { get; }

    /// <summary>Gets the offset of <paramref name="position"/>, clamped to the text as LSP asks of a position past a line's end.</summary>
    public int OffsetOf(Position position)
    {
        if (position.Line >= _starts.Length)
        {
            return Text.Length;
        }

        var start = _starts[Math.Max(position.Line, 0)];
        return Math.Min(start + Math.Max(position.Character, 0), LineEnd(Math.Max(position.Line, 0)));
    }

    /// <summary>Gets the text of line <paramref name="line"/> (from 0), without its line break; empty past the end.</summary>
    public string LineOf(int line)
    {
        if (line < 0 || line >= _starts.Length)
        {
            return string.Empty;
        }

        return Text[_starts[line]..LineEnd(line)].TrimEnd('\r');
    }

    /// <summary>
    /// Gets the range of a place the library reports: its span when it has one, else from its start to the end of the
    /// word there, so that the editor underlines something; a finding about the whole file sits at its start.
    /// </summary>
    public TextRange RangeOf(SourceLocation location)
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

        var line = LineOf(start.Line);
        var end = Math.Min(start.Character, line.Length);
        while (end < line.Length && !char.IsWhiteSpace(line[end]) && line[end] is not (',' or ']' or '}'))
        {
            end++;
        }

        return new TextRange(start, new Position(start.Line, end));
    }

    private int LineEnd(int line) => line + 1 < _starts.Length ? _starts[line + 1] - 1 : Text.Length;
}
