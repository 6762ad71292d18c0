namespace Binatic.ProcessingRegister.NoticeCheck;

/// <summary>Reads a notice into passages by its file name: <c>.md</c> and <c>.markdown</c> as Markdown, <c>.html</c>, <c>.htm</c> and <c>.xhtml</c> as HTML, anything else as plain text.</summary>
internal static class NoticeReader
{
    public static PassageBuilder Read(string text, string file, int maxPassages)
    {
        var passages = new PassageBuilder(maxPassages);
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension is ".md" or ".markdown")
        {
            MarkdownReader.Read(text, passages);
        }
        else if (extension is ".html" or ".htm" or ".xhtml")
        {
            HtmlReader.Read(text, passages);
        }
        else
        {
            PlainTextReader.Read(text, passages);
        }

        return passages;
    }
}
