using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>Where one node came from in the YAML text: lines and columns from 1, end just past the node.</summary>
internal readonly record struct SourceSpan(int Line, int Column, int EndLine, int EndColumn)
{
    public SourceLocation ToLocation(string file) => new(file, Line, Column, EndLine, EndColumn);
}
