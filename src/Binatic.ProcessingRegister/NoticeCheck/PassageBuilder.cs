using System.Text;

namespace Binatic.ProcessingRegister.NoticeCheck;

/// <summary>Collects the characters of one passage with their source offsets, and the passages read so far.</summary>
internal sealed class PassageBuilder(int maxPassages)
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _offsets = [];

    public List<NoticePassage> Passages { get; } = [];

    /// <summary>Gets a value indicating whether more passages were found than are kept.</summary>
    public bool Truncated { get; private set; }

    public bool IsEmpty => _text.Length == 0;

    public void Append(char c, int offset)
    {
        _text.Append(c);
        _offsets.Add(offset);
    }

    /// <summary>Ends the passage being collected; a passage of only white space is dropped.</summary>
    public void Flush(PassageKind kind, int list)
    {
        if (_text.Length > 0 && !string.IsNullOrWhiteSpace(_text.ToString()))
        {
            if (Passages.Count < maxPassages)
            {
                Passages.Add(new NoticePassage(_text.ToString(), [.. _offsets], kind, kind == PassageKind.Bullet ? list : -1));
            }
            else
            {
                Truncated = true;
            }
        }

        _text.Clear();
        _offsets.Clear();
    }
}
