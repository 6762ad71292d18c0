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
}
