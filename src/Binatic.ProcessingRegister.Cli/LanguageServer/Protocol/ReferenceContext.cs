namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>Whether find-references lists the definition too.</summary>
internal sealed record ReferenceContext(bool IncludeDeclaration);
