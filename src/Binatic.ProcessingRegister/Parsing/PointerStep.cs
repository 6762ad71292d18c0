using System.Text;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// How a node's JSON Pointer continues from its parent's: by a key, by an index, or not at all (the root, and
/// what hangs off a key that is not text). Reading keeps these steps rather than pointer strings, because a
/// pointer is needed only when a finding is reported.
/// </summary>
internal readonly record struct PointerStep(string? Key, int Index)
{
    public static PointerStep None { get; } = new(null, -1);

    public static PointerStep ToKey(string key) => new(key, -1);

    public static PointerStep ToIndex(int index) => new(null, index);

    public void AppendTo(StringBuilder pointer)
    {
        if (Key is not null)
        {
            JsonPointer.AppendKey(pointer, Key);
        }
        else if (Index >= 0)
        {
            JsonPointer.AppendIndex(pointer, Index);
        }
    }
}
