namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>What the server offers.</summary>
internal sealed record ServerCapabilities(TextDocumentSyncOptions TextDocumentSync, CompletionOptions CompletionProvider, bool DefinitionProvider, bool ReferencesProvider, bool HoverProvider, bool CodeActionProvider);
