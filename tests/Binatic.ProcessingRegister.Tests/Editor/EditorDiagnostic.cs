namespace Binatic.ProcessingRegister.Tests.Editor;

/// <summary>One diagnostic yaml-language-server published: a 0-based position, the LSP severity and the message.</summary>
internal sealed record EditorDiagnostic(int Line, int Character, int Severity, string Message);
