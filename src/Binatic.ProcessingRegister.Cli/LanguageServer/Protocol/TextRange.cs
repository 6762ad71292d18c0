namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>A range in a text document, its end just past the last character (LSP's Range).</summary>
internal sealed record TextRange(Position Start, Position End);
