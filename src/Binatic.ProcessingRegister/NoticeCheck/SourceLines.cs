namespace Binatic.ProcessingRegister.NoticeCheck;

/// <summary>The lines of a text (ended by CR LF, LF or CR) and the line and column of an offset in it, counted from 1.</summary>
internal sealed class SourceLines
{
    private readonly int[] _starts;

    public SourceLines(string text) => _starts = [.. Of(text).Select(line => line.Start)];

    /// <summary>Gets each line as its start and end offset (the end before the line break).</summary>
    public static IEnumerable<(int Start, int End)> Of(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                yield return (start, i);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        yield return (start, text.Length);
    }

    /// <summary>Gets the line and column of <paramref name="offset"/>, both from 1.</summary>
    public (int Line, int Column) At(int offset)
    {
        var line = Array.BinarySearch(_starts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        line = Math.Max(line, 0);
        return (line + 1, offset - _starts[line] + 1);
    }
}
