namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>The parameters of the requests about one place in a document (completion, definition, hover).</summary>
internal sealed record PositionParams(TextDocumentIdentifier TextDocument, Position Position);
