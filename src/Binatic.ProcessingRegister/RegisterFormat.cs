using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Schema;

namespace Binatic.ProcessingRegister;

/// <summary>The register format itself, for tools that check registers without this library.</summary>
public static class RegisterFormat
{
    /// <summary>
    /// Gets the JSON Schema (draft-07 text, exactly as this version of the library checks against it). Give it to
    /// an editor's YAML language server for completion and inline errors while writing a register; the schema checks
    /// the shape only, while references between ids and the GDPR rules need this library.
    /// </summary>
    public static string JsonSchema => RegisterSchema.Text;

    /// <summary>
    /// Gets the JSON Schema with its titles, descriptions and messages in <paramref name="language"/>, for the editor
    /// of a register written in that language. The Dutch schema is the English one with only its texts for people
    /// translated (and its own <c>$id</c>): it accepts and refuses exactly the same registers. Keys and values of the
    /// format stay English in both.
    /// </summary>
    /// <param name="language">The language of the schema's texts.</param>
    /// <returns>The schema's JSON text; for <see cref="RegisterLanguage.English"/>, the same text as <see cref="JsonSchema"/>.</returns>
    public static string JsonSchemaIn(RegisterLanguage language) => RegisterSchema.TextIn(language);
}
