namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>The parameters of window/logMessage; type 1 is an error.</summary>
internal sealed record LogMessageParams(int Type, string Message);
