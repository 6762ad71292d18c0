namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>Replaces a range of a document with new text.</summary>
internal sealed record TextEdit(TextRange Range, string NewText);
