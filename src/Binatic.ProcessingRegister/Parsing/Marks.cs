using YamlDotNet.Core;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>Turns YamlDotNet positions into source spans; both count lines and columns from 1.</summary>
internal static class Marks
{
    public static SourceSpan ToSpan(Mark start, Mark end) =>
        new((int)start.Line, (int)start.Column, (int)end.Line, (int)end.Column);
}
