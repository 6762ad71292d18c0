namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>The diagnostics the editor shows in the range a code action is asked for.</summary>
internal sealed record CodeActionContext(IReadOnlyList<LspDiagnostic> Diagnostics);
