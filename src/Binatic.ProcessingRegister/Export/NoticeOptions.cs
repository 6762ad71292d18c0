using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// How <see cref="NoticeExport"/> writes the information for data subjects. The default is a notice in the register's
/// own language.
/// </summary>
public sealed record NoticeOptions
{
    /// <summary>
    /// Gets the language of the notice's own wording: its headings, the sentences that introduce each item and the
    /// names of legal bases, safeguards and rights; <see langword="null"/> (the default) for the register's own
    /// <see cref="RegisterInfo.Language"/>. Text quoted from the register is never translated: a Dutch register's
    /// notice in English keeps its Dutch purposes and descriptions, and says so at the top.
    /// </summary>
    /// <example>
    /// <code>
    /// var notice = NoticeExport.ToMarkdown(register, new NoticeOptions { Language = RegisterLanguage.English });
    /// </code>
    /// </example>
    public RegisterLanguage? Language { get; init; }
}
