namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>The parameters of textDocument/references.</summary>
internal sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context);
