namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>The parameters of textDocument/didClose.</summary>
internal sealed record DidCloseParams(TextDocumentIdentifier TextDocument);
