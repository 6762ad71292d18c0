namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>Text in Markdown or plain text.</summary>
internal sealed record MarkupContent(string Kind, string Value);
