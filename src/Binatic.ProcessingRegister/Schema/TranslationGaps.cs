namespace Binatic.ProcessingRegister.Schema;

/// <summary>What keeps a translations file from matching the schema, each as a list of JSON Pointers.</summary>
/// <param name="Missing">Texts of the schema that have no translation.</param>
/// <param name="Stale">Entries whose English text is no longer the schema's text at their pointer.</param>
/// <param name="Unknown">Entries for a pointer where the schema has no text.</param>
internal sealed record TranslationGaps(IReadOnlyList<string> Missing, IReadOnlyList<string> Stale, IReadOnlyList<string> Unknown);
