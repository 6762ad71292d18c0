namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>Names a text document by its URI.</summary>
internal sealed record TextDocumentIdentifier(string Uri);
