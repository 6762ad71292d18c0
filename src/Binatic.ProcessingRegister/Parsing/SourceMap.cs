using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// Says where any node of a document's tree was written, so that any later stage can report a finding at the line and
/// column the user wrote. The tree keeps each node's span beside it; pointers are spelt out only when asked for, from
/// the node's place in the tree, and a pointer is resolved by walking the tree from the root. Once the tree is built
/// nothing writes to it or to the map, so several threads may locate findings at once.
/// </summary>
internal sealed class SourceMap
{
    private readonly int _lastLine;
    private readonly int _lastColumn;

    /// <summary>Creates the map of a document read from <paramref name="file"/>.</summary>
    /// <param name="file">The display name of the file.</param>
    /// <param name="tree">The document's tree, as far as it was read; null when none of it could be.</param>
    /// <param name="isComplete">Whether the tree is the whole document and free of errors, so that it can be validated.</param>
    /// <param name="end">
    /// Where the text ends: the line and column just past its last character. YamlDotNet places an empty value at the
    /// end of a text without a final line break on the line after the last one, which no editor can show; a location
    /// past the end is moved here (<see cref="Inside"/>). Null when no text was read, and nothing is moved.
    /// </param>
    public SourceMap(string file, DocumentTree? tree, bool isComplete, (int Line, int Column)? end = null)
    {
        File = file;
        Tree = tree;
        IsComplete = isComplete && tree is not null;
        (_lastLine, _lastColumn) = end ?? (int.MaxValue, int.MaxValue);
    }

    /// <summary>Gets the display name of the file the document was read from.</summary>
    public string File { get; }

    /// <summary>Gets the document's tree as far as it was read, or null when none of it could be.</summary>
    public DocumentTree? Tree { get; }

    /// <summary>Gets a value indicating whether the tree is the whole document and free of errors, so that it can be validated.</summary>
    public bool IsComplete { get; }

    /// <summary>Gets where the value at a JSON Pointer was written, or the nearest ancestor that exists.</summary>
    public SourceLocation Locate(string pointer) =>
        FindPointer(pointer) is { } node ? Inside(node.Span.ToLocation(File)) : SourceLocation.WholeFile(File);

    /// <summary>Gets where the key of the property at a JSON Pointer was written, falling back to its value.</summary>
    public SourceLocation LocateKey(string pointer) =>
        FindPointer(pointer) is { } node
            ? Inside((node.KeySpan ?? node.Span).ToLocation(File))
            : SourceLocation.WholeFile(File);

    /// <summary>Moves a location past the end of the text to just past its last character.</summary>
    public SourceLocation Inside(SourceLocation location) =>
        location.Line > _lastLine ? location with { Line = _lastLine, Column = _lastColumn, EndLine = _lastLine, EndColumn = _lastColumn }
        : location.EndLine > _lastLine ? location with { EndLine = _lastLine, EndColumn = _lastColumn }
        : location;

    private DocumentNode? FindPointer(string pointer)
    {
        if (Tree is not { Count: > 0 } tree)
        {
            return null;
        }

        var current = tree.Root;
        var rest = pointer.AsSpan();
        while (rest.Length > 0 && rest[0] == '/')
        {
            rest = rest[1..];
            var end = rest.IndexOf('/');
            var token = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[end..];
            DocumentNode? child = current.Kind switch
            {
                NodeKind.Mapping when JsonPointer.TryUnescape(token, out var key) => current[key],
                NodeKind.Sequence when JsonPointer.TryIndex(token, out var index) => index < current.Count ? current[index] : null,
                _ => null,
            };
            if (child is not { } found)
            {
                break;
            }

            current = found;
        }

        return current;
    }
}
