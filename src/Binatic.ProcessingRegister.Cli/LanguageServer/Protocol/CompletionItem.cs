namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>One id offered for completion: the id as label, the entry's name as detail; kind 18 is Reference.</summary>
internal sealed record CompletionItem(string Label, int Kind, string? Detail);
