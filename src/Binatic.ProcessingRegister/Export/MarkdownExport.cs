using System.Globalization;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// Writes a register as a GitHub-flavoured Markdown document that reads as a record of processing activities, fit
/// to hand to a supervisory authority on request (GDPR Art. 30(4)): a title with the controller and the register's
/// date (its last review, or else the date of its privacy policy), an overview table of the activities, one section per activity with the points of Art. 30(1)(a)-(g) in
/// that order, and then the processors, recipients, transfers, retention, security, data-subject rights,
/// complaints, children and cookies. A register that is also, or only, a processor's record (see
/// <see cref="RegisterInfo.Role"/>) has that record as a part of its own, with the points of Art. 30(2)(a)-(d) in that
/// order and a table of the sub-processors; a processor's record alone has a title of its own. A register with departments has its activities under a heading per department
/// and per task, those without a department last. Set <see cref="MarkdownExportOptions.Layout"/> to
/// <see cref="MarkdownLayout.VngTable"/> for the activities as the table of the VNG model register instead.
/// </summary>
/// <remarks>
/// <para>
/// Parts the register does not fill in are written as "Not stated in the register." ("Niet vermeld in het
/// register.") rather than left out, so that a reviewer sees what is missing.
/// </para>
/// <para>
/// Text from the register is shown as written, on one line, and escaped so that it cannot add HTML, links, images,
/// headings, list items or table cells to the document. The output is the same, byte for byte, for equal registers
/// and options: no timestamps, no culture-dependent formatting, <c>\n</c> line endings, and the register's own order.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var register = RegisterLoader.LoadFile("registers/binatic.yaml").GetRegisterOrThrow();
/// File.WriteAllText("register.en.md", MarkdownExport.ToMarkdown(register, new MarkdownExportOptions { Language = RegisterLanguage.English }));
/// </code>
/// </example>
public static class MarkdownExport
{
    /// <summary>Writes <paramref name="register"/> as a Markdown document and returns it.</summary>
    /// <param name="register">The register to write.</param>
    /// <param name="options">The language to write in (the register's own when omitted) and the layout (a document when omitted).</param>
    /// <returns>The document, with <c>\n</c> line endings and a final line break.</returns>
    public static string ToMarkdown(Register register, MarkdownExportOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(register, writer, options);
        return writer.ToString();
    }

    /// <summary>Writes <paramref name="register"/> as a Markdown document to <paramref name="writer"/>.</summary>
    /// <param name="register">The register to write.</param>
    /// <param name="writer">Where to write; it is neither flushed nor closed. Lines end in <c>\n</c> whatever its <see cref="TextWriter.NewLine"/>.</param>
    /// <param name="options">The language to write in (the register's own when omitted) and the layout (a document when omitted).</param>
    public static void Write(Register register, TextWriter writer, MarkdownExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(writer);
        var language = options?.Language ?? register.Info.Language;
        var layout = options?.Layout ?? MarkdownLayout.Document;
        switch (layout)
        {
            // The VNG table has a row per activity of a controller's record; a processor's record has none, so it is
            // written as the document it is.
            case MarkdownLayout.VngTable when register.Info.IsControllerRecord:
                VngTableWriter.Write(register, language, writer);
                break;
            case MarkdownLayout.VngTable:
            case MarkdownLayout.Document:
                MarkdownDocumentWriter.Write(register, language, writer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), layout, "There is no such Markdown layout.");
        }
    }
}
