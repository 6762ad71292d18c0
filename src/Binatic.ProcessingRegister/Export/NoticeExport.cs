using System.Globalization;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// Writes the information a controller must give data subjects under GDPR Art. 13 (data obtained from them) and
/// Art. 14 (data obtained otherwise), drawn from the record of processing activities, as a Markdown document in Dutch
/// or English: who the controller and its data protection officer are, per processing activity the purposes, legal
/// bases, legitimate interests, categories of data and their source, recipients, transfers and retention, and then
/// the rights of data subjects, withdrawing consent and lodging a complaint.
/// </summary>
/// <remarks>
/// <para>
/// The notice says only what the register says. Every item of Art. 13 and 14 the register does not hold is listed
/// at the top under "What the register does not say" with its article, and is never filled in with a guess: a register
/// without a data protection officer gets that gap, not an invented officer. The format has no field for whether
/// providing the data is a statutory or contractual requirement (Art. 13(2)(e)) or for automated decision-making
/// (Art. 13(2)(f)), so those are always gaps for the controller to answer before publishing the notice. The only
/// statement not taken from the register is the supervisory authority of a controller established in the
/// Netherlands, the Autoriteit Persoonsgegevens, which the law fixes.
/// </para>
/// <para>
/// Text from the register is escaped so that it cannot add HTML, links, images, headings, list items or table
/// cells. The output is the same, byte for byte, for equal registers and options: <c>\n</c> line endings, no
/// timestamps, and the register's own order.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var register = RegisterLoader.LoadFile("registers/binatic.yaml").GetRegisterOrThrow();
/// File.WriteAllText("privacy-notice.en.md", NoticeExport.ToMarkdown(register, new NoticeOptions { Language = RegisterLanguage.English }));
/// </code>
/// </example>
public static class NoticeExport
{
    /// <summary>Writes the Art. 13 and 14 information of <paramref name="register"/> as Markdown and returns it.</summary>
    /// <param name="register">The register the notice is drawn from.</param>
    /// <param name="options">The language to write in; the register's own when omitted.</param>
    /// <returns>The notice, with <c>\n</c> line endings and a final line break.</returns>
    public static string ToMarkdown(Register register, NoticeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        NoticeWriter.Write(register, options?.Language ?? register.Info.Language, writer);
        return writer.ToString();
    }
}
