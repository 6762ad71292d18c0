using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax.Inlines;
using Markdig.Syntax;

namespace Binatic.ProcessingRegister.Tests.Export;

/// <summary>
/// Text from a register is written by people and may hold anything. Each hostile string below is put in every text
/// field of a register (<see cref="HostileRegister"/>); the document is read back with Markdig to check that the
/// text stayed text.
/// </summary>
public sealed class MarkdownEscapingTests
{
    // The hostile register has a department with a task, so each activity sits under their two headings.
    private const int HostileActivityLevel = 4;

    public static TheoryData<string> HostileTexts =>
    [
        "Pipes | in | a | cell",
        "Line one\nLine two | piped\r\n\r\n# Heading on its own line\n- list item on its own line\n> quote on its own line",
        "| a | b |\n| --- | --- |\n| c | d |",
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "<!-- comment --> <div>block</div>",
        "[click](javascript:alert(1))",
        "![tracker](http://evil.example/pixel.png)",
        "[reference]\n\n[reference]: https://evil.example",
        "[^1] and a footnote\n\n[^1]: https://evil.example",
        "<https://autolink.example> and <someone@example.com>",
        "https://bare.example, www.bare.example and javascript:alert(1)",
        "# Heading",
        "Closing hashes #",
        "- List item",
        "+ List item",
        "* List item",
        "> Quote",
        "1. Ordered item",
        "3) Ordered item",
        "---",
        "Setext heading\n===",
        "    indented code",
        "```\nfenced code\n```",
        "~~~\nfenced code\n~~~",
        "`code` *strong* _em_ ~~struck~~ **bold**",
        "&lt;b&gt; &amp; &#60;script&#62;",
        "Escaped \\| pipe and \\\\ backslash and a trailing \\",
        "Attributes {#id .class onclick=alert(1)}",
        "$x^2$ maths",
        "x^2^ superscript and H~2~O subscript",
        "==marked== and ++inserted++ and ::container::",
        "::: warning\ncontainer\n:::",
        "Term\n: definition",
        "+---+---+\n| a | b |\n+---+---+",
        "-",
        "#",
        "+31 30 123 4567",
        "-5 degrees",
        "#hashtag and C# and #5",
        "2.1",
    ];

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Register_text_adds_no_HTML_to_the_document(string text)
    {
        Assert.All(EveryRecord(text), document =>
        {
            Assert.Empty(document.Descendants<HtmlBlock>());
            Assert.Empty(document.Descendants<HtmlInline>());
        });
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Register_text_adds_no_links_or_images_to_the_document(string text)
    {
        // The exporter writes no links of its own, so any link would come from register text.
        Assert.All(EveryRecord(text), document =>
        {
            Assert.Empty(document.Descendants<LinkInline>());
            Assert.Empty(document.Descendants<AutolinkInline>());
        });
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Tables_keep_their_rows_and_columns(string text)
    {
        var tables = Export(text).Descendants<Table>().ToList();

        // The overview (a header and one row per activity), then processors, recipients (two: one a chain partner under a
        // covenant), security measures, cookies.
        Assert.Equal(
            [(1 + HostileRegister.ActivityCount, 5), (2, 4), (3, 5), (2, 3), (2, 3)],
            tables.Select(table => (table.Count, table.OfType<TableRow>().First().Count)));
        Assert.All(tables, table => Assert.All(table.OfType<TableRow>(), row => Assert.Equal(table.OfType<TableRow>().First().Count, row.Count)));
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Register_text_adds_no_headings(string text)
    {
        var document = Export(text);

        // The title and the overview; the data map and its department's map; the department and its task, both activities' own; per activity its own heading,
        // the seven points of Art. 30(1) and the DPIA; then processors, recipients, transfers, retention, security,
        // rights, complaints, children and cookies.
        Assert.Equal(2 + 2 + 2 + (HostileRegister.ActivityCount * 9) + 9, document.Descendants<HeadingBlock>().Count());
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Register_text_reads_back_as_written_in_a_heading_a_paragraph_a_list_item_and_a_table_cell(string text)
    {
        var document = Export(text);
        var expected = OneLine(text);
        var activity = document.Descendants<HeadingBlock>().First(heading => heading.Level == HostileActivityLevel && MarkdownSyntax.TextOf(heading).StartsWith("1. ", StringComparison.Ordinal));
        var description = (ParagraphBlock)document[document.IndexOf(activity) + 1];
        var purpose = (ParagraphBlock)MarkdownSyntax.SectionAfter(document, "Purposes of the processing (Art. 30(1)(b) GDPR)").OfType<ListBlock>().First().Descendants<ParagraphBlock>().First();
        var overviewName = (ParagraphBlock)((TableCell)((TableRow)document.Descendants<Table>().First()[1])[1])[0];

        Assert.Equal("1. " + expected, MarkdownSyntax.TextOf(activity));
        Assert.Equal(expected, MarkdownSyntax.TextOf(description));
        Assert.Equal(expected, MarkdownSyntax.TextOf(purpose));
        Assert.Equal(expected, MarkdownSyntax.TextOf(overviewName));
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Tables_of_a_processor_s_record_keep_their_rows_and_columns(string text)
    {
        var tables = Export(HostileRegister.AsProcessor(text)).Descendants<Table>().ToList();

        // The security measures (one for all processing, one of the category) and the sub-processors.
        Assert.Equal([(3, 4), (2, 4)], tables.Select(table => (table.Count, table.OfType<TableRow>().First().Count)));
        Assert.All(tables, table => Assert.All(table.OfType<TableRow>(), row => Assert.Equal(table.OfType<TableRow>().First().Count, row.Count)));
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Register_text_adds_no_headings_to_a_processor_s_record(string text)
    {
        var document = Export(HostileRegister.AsProcessor(text));

        // The title; point (a) with the processor and the client; point (b) with the client and its category; points
        // (c) and (d); the sub-processors.
        Assert.Equal(1 + 3 + 3 + 2 + 1, document.Descendants<HeadingBlock>().Count());
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Register_text_reads_back_as_written_in_a_processor_s_record(string text)
    {
        var document = Export(HostileRegister.AsProcessor(text));
        var expected = OneLine(text);
        var category = document.Descendants<HeadingBlock>().Single(heading => heading.Level == 4);
        var items = (ListBlock)document[document.IndexOf(category) + 1];
        var description = items.Descendants<ParagraphBlock>().First();
        var engaged = items.Descendants<ListBlock>().First();
        var subProcessorName = (ParagraphBlock)((TableCell)((TableRow)document.Descendants<Table>().Last()[1])[0])[0];

        Assert.Equal(expected, MarkdownSyntax.TextOf(category));
        Assert.Equal("Description: " + expected, MarkdownSyntax.TextOf(description));
        Assert.Equal(expected + " (countries: " + expected + "): " + expected, MarkdownSyntax.TextOf(engaged.Descendants<ParagraphBlock>().Single()));
        Assert.Equal(expected, MarkdownSyntax.TextOf(subProcessorName));
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void A_register_with_both_records_keeps_the_headings_and_tables_of_both_parts(string text)
    {
        var document = Export(HostileRegister.WithBothRecords(text));
        var tables = document.Descendants<Table>().ToList();

        // The controller's record as in Register_text_adds_no_headings, then the processor's part: its own title and its
        // nine headings. The controller's security table has the processor's measure too.
        Assert.Equal(2 + 2 + 2 + (HostileRegister.ActivityCount * 9) + 9 + 1 + 9, document.Descendants<HeadingBlock>().Count());
        Assert.Equal(
            [(1 + HostileRegister.ActivityCount, 5), (2, 4), (3, 5), (3, 3), (2, 3), (3, 4), (2, 4)],
            tables.Select(table => (table.Count, table.OfType<TableRow>().First().Count)));
        Assert.All(tables, table => Assert.All(table.OfType<TableRow>(), row => Assert.Equal(table.OfType<TableRow>().First().Count, row.Count)));
    }

    [Theory]
    [InlineData("Voorbeeld \u202EVB", "Voorbeeld \\u202EVB")]
    [InlineData("left\u2066isolate\u2069", "left\\u2066isolate\\u2069")]
    [InlineData("na\u200Bam and \uFEFFbom", "na\\u200Bam and \\uFEFFbom")]
    [InlineData("Recruit\u001B[31mment", "Recruit\\u001B[31mment")]
    [InlineData("bell\u0007 back\u0008 delete\u007F c1\u009B nul\u0000", "bell\\u0007 back\\u0008 delete\\u007F c1\\u009B nul\\u0000")]
    [InlineData("beëindiging door Zoë", "beëindiging door Zoë")]
    public void An_invisible_character_in_register_text_is_shown_as_its_code(string text, string shown)
    {
        var document = Export(text);
        var activity = document.Descendants<HeadingBlock>().First(heading => heading.Level == HostileActivityLevel && MarkdownSyntax.TextOf(heading).StartsWith("1. ", StringComparison.Ordinal));
        var description = (ParagraphBlock)document[document.IndexOf(activity) + 1];

        Assert.Equal(shown, MarkdownSyntax.TextOf(description));
    }

    [Fact]
    public void A_mention_or_issue_reference_stays_as_written_in_the_exported_document()
    {
        // GitHub makes no mentions or references in a repository's files, where the document is kept.
        Assert.Equal("Ask @someone about #123 and org/repo#9", MarkdownText.Escape("Ask @someone about #123 and org/repo#9"));
    }

    [Theory]
    [InlineData("+31 30 123 4567")]
    [InlineData("2.1")]
    [InlineData("C# and #5")]
    [InlineData("(potentiële) gebruikers en / of opdrachtgevers")]
    [InlineData("e-mail: info@binatic.nl")]
    [InlineData("Dr. Lelykade 22a, 2583 CM Den Haag")]
    public void Ordinary_text_stays_as_written_in_the_Markdown_source(string text)
    {
        Assert.Equal(text, MarkdownText.Escape(text));
    }

    [Fact]
    public void Line_breaks_in_register_text_become_spaces()
    {
        Assert.Equal("first line second line", MarkdownText.Escape("first line\r\n\r\n  second line\n"));
    }

    private static Markdig.Syntax.MarkdownDocument Export(string text) => Export(HostileRegister.With(text));

    private static Markdig.Syntax.MarkdownDocument Export(Binatic.ProcessingRegister.Model.Register register) =>
        MarkdownSyntax.Parse(MarkdownExport.ToMarkdown(register));

    // The controller's record, the processor's record alone, and both in one register.
    private static IEnumerable<Markdig.Syntax.MarkdownDocument> EveryRecord(string text) =>
        [Export(text), Export(HostileRegister.AsProcessor(text)), Export(HostileRegister.WithBothRecords(text))];

    private static string OneLine(string text) => string.Join(' ', text.Split([' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
