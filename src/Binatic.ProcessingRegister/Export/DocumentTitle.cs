using Binatic.ProcessingRegister.Markdown;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Export;

/// <summary>The first heading of every Markdown layout: whose register it is, and as of when.</summary>
internal static class DocumentTitle
{
    /// <summary>
    /// Gets the heading's text, Markdown-escaped. A register of one controller is named after it ("… of Binatic
    /// Software BV"). With several controllers, such as a municipality's burgemeester, college and raad, the list of
    /// bodies would make a sentence-long heading, so the register's own title names it when it has one.
    /// </summary>
    public static string Of(Register register, Labels labels)
    {
        var info = register.Info;
        var whose = register.Controllers.Count > 1 && !string.IsNullOrEmpty(info.Title)
            ? MarkdownText.Escape(info.Title)
            : labels.RegisterOf + string.Join(", ", register.Controllers.Select(c => MarkdownText.Escape(c.Contact.Name)));
        return whose + Dated(info, labels);
    }

    /// <summary>
    /// Gets the heading's text for a register that is only a processor's record (Art. 30(2)), Markdown-escaped: the
    /// register's own title, else the record's name with the processor's, else the record's name alone.
    /// </summary>
    public static string OfProcessorRecord(Register register, Labels labels)
    {
        var info = register.Info;
        var whose = !string.IsNullOrEmpty(info.Title) ? MarkdownText.Escape(info.Title)
            : register.ProcessorRecord?.Processor is { } processor ? labels.ProcessorRecordTitle + ": " + MarkdownText.Escape(processor.Contact.Name)
            : labels.ProcessorRecordTitle;
        return whose + Dated(info, labels);
    }

    private static string Dated(RegisterInfo info, Labels labels) =>
        (info.LastReviewed ?? info.PolicyDate) is { } date ? " — " + labels.FormatDate(date) : string.Empty;
}
