namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>The answer to initialize.</summary>
internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);
