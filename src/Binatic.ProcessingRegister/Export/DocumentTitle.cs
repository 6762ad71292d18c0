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
        var date = info.LastReviewed ?? info.PolicyDate;
        var whose = register.Controllers.Count > 1 && !string.IsNullOrEmpty(info.Title)
            ? MarkdownText.Escape(info.Title)
            : labels.RegisterOf + string.Join(", ", register.Controllers.Select(c => MarkdownText.Escape(c.Contact.Name)));
        return whose + (date is { } d ? " — " + labels.FormatDate(d) : string.Empty);
    }
}
