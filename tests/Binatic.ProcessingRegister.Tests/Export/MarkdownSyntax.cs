using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Binatic.ProcessingRegister.Tests.Export;

/// <summary>
/// Reads exported documents back with Markdig and its advanced extensions (pipe tables, autolinks, generic
/// attributes and the rest), a stricter reader than GitHub: what survives it survives GitHub.
/// </summary>
internal static class MarkdownSyntax
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    /// <summary>
    /// Gets the text a reader sees in a block: its literal characters, with escapes and character references
    /// resolved, and without the characters of any markup, so that markup the text should not have makes it differ.
    /// </summary>
    public static string TextOf(LeafBlock block) =>
        string.Concat(block.Inline?.Descendants().Select(inline => inline switch
        {
            LiteralInline literal => literal.Content.ToString(),
            HtmlEntityInline entity => entity.Transcoded.ToString(),
            _ => string.Empty,
        }) ?? []);

    /// <summary>Gets the blocks that follow the heading with this text, up to the next heading.</summary>
    public static IReadOnlyList<Block> SectionAfter(MarkdownDocument document, string heading)
    {
        var blocks = document.ToList();
        var start = blocks.FindIndex(block => block is HeadingBlock h && TextOf(h) == heading);
        Assert.True(start >= 0, $"The document has no heading '{heading}'.");
        return [.. blocks.Skip(start + 1).TakeWhile(block => block is not HeadingBlock)];
    }
}
