namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>A place in a text document: a line and a character offset in UTF-16 code units, both from 0.</summary>
internal sealed record Position(int Line, int Character);
