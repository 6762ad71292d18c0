namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>The parameters of textDocument/didOpen.</summary>
internal sealed record DidOpenParams(TextDocumentItem TextDocument);
