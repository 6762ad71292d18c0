namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>The characters that start a completion by themselves.</summary>
internal sealed record CompletionOptions(IReadOnlyList<string> TriggerCharacters);
