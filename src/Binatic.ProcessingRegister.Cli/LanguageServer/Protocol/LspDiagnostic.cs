namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>One finding as an editor shows it; severity 1 error, 2 warning, 3 information, 4 hint.</summary>
internal sealed record LspDiagnostic(TextRange Range, int Severity, string Code, CodeDescription? CodeDescription, string Source, string Message);
