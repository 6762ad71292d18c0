namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>Names a text document and the version a change brings it to.</summary>
internal sealed record VersionedTextDocumentIdentifier(string Uri, int Version);
