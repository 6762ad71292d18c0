namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>Where a diagnostic's code is explained.</summary>
internal sealed record CodeDescription(Uri Href);
