namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>How documents are synchronised: 2 is incremental.</summary>
internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change);
