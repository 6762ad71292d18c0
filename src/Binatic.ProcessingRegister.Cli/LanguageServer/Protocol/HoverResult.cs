namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>What a hover shows, and over which range.</summary>
internal sealed record HoverResult(MarkupContent Contents, TextRange? Range);
