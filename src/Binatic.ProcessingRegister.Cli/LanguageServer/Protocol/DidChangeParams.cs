namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>The parameters of textDocument/didChange, the changes in the order they apply.</summary>
internal sealed record DidChangeParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<ContentChange> ContentChanges);
