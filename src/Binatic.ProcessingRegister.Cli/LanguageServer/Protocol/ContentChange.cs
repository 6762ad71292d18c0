namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>One change to a document: its range and new text, or the whole new text when the range is absent.</summary>
internal sealed record ContentChange(TextRange? Range, string Text);
