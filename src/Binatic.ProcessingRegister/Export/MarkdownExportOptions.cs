using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// How <see cref="MarkdownExport"/> writes a register. The defaults give the document a supervisory authority can
/// be handed: a document, in the register's own language.
/// </summary>
public sealed record MarkdownExportOptions
{
    /// <summary>
    /// Gets the language of the document's headings, field names and the names of legal bases, safeguards and other
    /// closed lists; <see langword="null"/> (the default) for the register's own <see cref="RegisterInfo.Language"/>.
    /// The register's own text is never translated: a Dutch register exported in English keeps its Dutch
    /// descriptions, and the document says so.
    /// </summary>
    public RegisterLanguage? Language { get; init; }

    /// <summary>
    /// Gets the shape of the Markdown: <see cref="MarkdownLayout.Document"/> (the default), the full record with a
    /// section per activity, or <see cref="MarkdownLayout.VngTable"/>, the activities as the rows of the VNG model
    /// register's table, one table per department.
    /// </summary>
    /// <example>
    /// <code>
    /// var table = MarkdownExport.ToMarkdown(register, new MarkdownExportOptions { Layout = MarkdownLayout.VngTable });
    /// </code>
    /// </example>
    public MarkdownLayout Layout { get; init; }
}
