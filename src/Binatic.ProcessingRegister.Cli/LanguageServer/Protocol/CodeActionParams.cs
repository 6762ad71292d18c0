namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>The parameters of textDocument/codeAction.</summary>
internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, TextRange Range, CodeActionContext Context);
