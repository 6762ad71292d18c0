using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Binatic.ProcessingRegister.NoticeCheck;

/// <summary>
/// Reads a Markdown notice with Markdig (CommonMark, and pipe tables), by its blocks: each paragraph, heading, list item
/// and table cell is a passage, and an item's first paragraph is the item. Code is skipped; an HTML block is read by
/// <see cref="HtmlReader"/>, and an HTML tag inside a paragraph separates words as a space. Markdig keeps the source
/// span of every inline, so each character keeps its offset and passages are located where the author wrote them.
/// A notice nested deeper than Markdig reads is read as plain text.
/// </summary>
internal static class MarkdownReader
{
    // Nothing is rendered, so no extension that only renders is needed: tables divide a notice into cells.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UsePipeTables().Build();

    public static void Read(string text, PassageBuilder passages)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses blocks nested deeper than its limit rather than risk its stack. Such a notice is no
            // sensible Markdown; it is read line by line as plain text, so its words are still compared where they are.
            PlainTextReader.Read(text, passages);
            return;
        }

        var list = -1;

        // An explicit stack, not recursion, though Markdig bounds the nesting (MarkdownPipeline.MaximumNestingDepth).
        var blocks = new Stack<(Block Block, PassageKind Kind, int List)>();
        Push(blocks, document, PassageKind.Paragraph, -1);
        while (blocks.TryPop(out var next))
        {
            var (block, kind, inList) = next;
            switch (block)
            {
                case ListBlock:
                    list++;
                    Push(blocks, (ContainerBlock)block, PassageKind.Bullet, list);
                    break;
                case ListItemBlock item:
                    for (var i = item.Count - 1; i >= 0; i--)
                    {
                        blocks.Push((item[i], i == 0 ? PassageKind.Bullet : PassageKind.Paragraph, inList));
                    }

                    break;
                case ContainerBlock container:
                    Push(blocks, container, PassageKind.Paragraph, -1);
                    break;
                case HtmlBlock html:
                    list = HtmlReader.Read(text, html.Span.Start, Math.Min(html.Span.End + 1, text.Length), passages, list);
                    break;
                case CodeBlock:
                    break;
                case HeadingBlock heading:
                    Inlines(text, heading.Inline, passages);
                    passages.Flush(PassageKind.Heading, -1);
                    break;
                case LeafBlock leaf:
                    Inlines(text, leaf.Inline, passages);
                    passages.Flush(kind, inList);
                    break;
            }
        }
    }

    private static void Push(Stack<(Block Block, PassageKind Kind, int List)> blocks, ContainerBlock container, PassageKind kind, int list)
    {
        for (var i = container.Count - 1; i >= 0; i--)
        {
            blocks.Push((container[i], kind, list));
        }
    }

    private static void Inlines(string text, ContainerInline? root, PassageBuilder passages)
    {
        var inlines = new Stack<Inline>();
        for (var inline = root?.LastChild; inline is not null; inline = inline.PreviousSibling)
        {
            inlines.Push(inline);
        }

        while (inlines.TryPop(out var inline))
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Append(text, literal.Content.ToString(), literal.Span, passages);
                    break;
                case HtmlEntityInline entity:
                    foreach (var decoded in entity.Transcoded.ToString())
                    {
                        passages.Append(decoded, entity.Span.Start);
                    }

                    break;
                case CodeInline code:
                    Append(text, code.Content, code.Span, passages);
                    break;
                case LineBreakInline or HtmlInline or AutolinkInline:
                    // A line break joins the lines of a paragraph; a tag or an address separates words and says nothing.
                    passages.Append(' ', Math.Max(inline.Span.Start, 0));
                    break;
                case ContainerInline container:
                    for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        inlines.Push(child);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Appends <paramref name="content"/>, found at <paramref name="span"/> of the source: character by character where
    /// it is written there as it is, else (an escaped character, code whose line breaks became spaces) at the end of the
    /// span where it fits, so that a finding still points into it.
    /// </summary>
    private static void Append(string text, string content, SourceSpan span, PassageBuilder passages)
    {
        var start = Math.Max(span.Start, 0);
        var found = start + content.Length <= text.Length && text.AsSpan(start, content.Length).SequenceEqual(content) ? start
            : span.End >= 0 && span.End + 1 - content.Length >= start && text.AsSpan(span.End + 1 - content.Length, content.Length).SequenceEqual(content) ? span.End + 1 - content.Length
            : text.IndexOf(content, start, Math.Clamp(span.Length, 0, text.Length - start), StringComparison.Ordinal);
        for (var k = 0; k < content.Length; k++)
        {
            passages.Append(content[k], found >= 0 ? found + k : start);
        }
    }
}
