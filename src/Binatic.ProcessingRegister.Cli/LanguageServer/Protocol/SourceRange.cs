namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>A range in a document named by its URI (LSP's Location).</summary>
internal sealed record SourceRange(string Uri, TextRange Range);
