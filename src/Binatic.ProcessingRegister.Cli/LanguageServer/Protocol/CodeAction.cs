namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>A quick fix: its title, the diagnostics it fixes and its edit.</summary>
internal sealed record CodeAction(string Title, string Kind, IReadOnlyList<LspDiagnostic> Diagnostics, WorkspaceEdit Edit);
