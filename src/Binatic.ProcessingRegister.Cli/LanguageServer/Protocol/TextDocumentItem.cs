namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>An opened document with its whole text.</summary>
internal sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);
