namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// How <see cref="JsonExport"/> lays out the JSON. Layout never changes the content: indented and compact output
/// load back to the same register.
/// </summary>
/// <example>
/// <code>
/// var compact = JsonExport.ToJson(register, new JsonExportOptions { Indented = false });
/// </code>
/// </example>
public sealed record JsonExportOptions
{
    /// <summary>
    /// Gets a value indicating whether the JSON is indented, two spaces a level with <c>\n</c> line endings, for
    /// people and diffs (the default); <see langword="false"/> writes it on one line, for machines.
    /// </summary>
    public bool Indented { get; init; } = true;
}
