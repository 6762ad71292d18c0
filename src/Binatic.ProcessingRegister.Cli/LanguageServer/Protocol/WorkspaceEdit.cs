namespace Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;

/// <summary>The edits of a code action, by document URI.</summary>
internal sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);
