using Binatic.ProcessingRegister.Diff;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Tests.Export;

namespace Binatic.ProcessingRegister.Tests.Diff;

/// <summary>
/// The summary is posted on a pull request, where GitHub turns <c>@name</c> into a mention that notifies someone and
/// <c>#123</c> into a reference that links, and marks, another issue. Register text must do neither.
/// </summary>
public sealed class DiffMarkdownTests
{
    public static TheoryData<string> References =>
    [
        "@someone",
        "Ask @someone or @org/team.",
        "(@someone)",
        "Zoë@someone",
        "See #123.",
        "#1",
        "org/repo#9",
        "See org/repo#9 and GH-12 and gh-3.",
    ];

    [Theory]
    [MemberData(nameof(References))]
    public void A_mention_or_issue_reference_in_register_text_is_neither_on_GitHub(string text)
    {
        GitHubConversation.AssertInert(Summary(text));
    }

    [Theory]
    [MemberData(nameof(References))]
    public void A_mention_or_issue_reference_still_reads_as_written(string text)
    {
        var document = MarkdownSyntax.Parse(Summary(text));

        // The break GitHub sees is a zero-width space: a reader sees the text as it was written.
        Assert.Contains(GitHubConversation.Text(document), block => block.Replace("\u200B", string.Empty, StringComparison.Ordinal).Contains(text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(References))]
    public void A_mention_or_issue_reference_in_a_processor_s_record_is_neither_on_GitHub(string text)
    {
        var summary = ProcessorSummary(text);

        Assert.Contains("**New sub-processor (Art. 28(2))**", summary, StringComparison.Ordinal);
        GitHubConversation.AssertInert(summary);
    }

    [Fact]
    public void Markdown_in_the_names_of_a_processor_s_record_stays_text()
    {
        var summary = ProcessorSummary("[x](https://evil.example) <b>|");

        Assert.DoesNotContain("<b>", summary, StringComparison.Ordinal);
        Assert.Contains(GitHubConversation.Text(MarkdownSyntax.Parse(summary)), block => block.Contains("added: [x](https://evil.example) <b>|", StringComparison.Ordinal));
        GitHubConversation.AssertInert(summary);
    }

    [Theory]
    [InlineData("info@binatic.nl")]
    [InlineData("C# and 2.1")]
    public void Text_that_is_no_mention_or_reference_stays_as_written_in_the_Markdown_source(string text)
    {
        Assert.Contains($"- added: {text}\n", Summary(text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bidirectional_override_in_a_name_is_shown_as_its_code()
    {
        var markdown = Summary("Voorbeeld \u202EVB");

        Assert.DoesNotContain('\u202E', markdown);
        Assert.Contains(GitHubConversation.Text(MarkdownSyntax.Parse(markdown)), block => block.Contains("Voorbeeld \\u202EVB", StringComparison.Ordinal));
    }

    // The text is a new activity's name and a purpose added to an existing one, so it stands in a list item of its own
    // and after a label.
    private static string Summary(string text)
    {
        var before = Register(Activity("a"));
        var after = Register(Activity("a") with { Purposes = [text] }, Activity("b") with { Name = text });
        return DiffMarkdown.ToMarkdown(RegisterDiff.Compare(before, after));
    }

    // The text names a client that is added, and one that engages a new sub-processor of that name in a category of
    // that name, so that it stands in a concern, after a label and in a client's heading.
    private static string ProcessorSummary(string text)
    {
        var before = new Register
        {
            Info = new RegisterInfo { Language = RegisterLanguage.English, Role = RegisterRole.Processor },
            ProcessorRecord = new ProcessorRecord { Clients = [new Client { Id = "a", Contact = new ContactDetails { Name = text } }] },
        };
        var category = new ProcessingCategory { Name = text, SubProcessors = ["s"] };
        var after = before with
        {
            ProcessorRecord = new ProcessorRecord
            {
                Clients = [new Client { Id = "a", Contact = new ContactDetails { Name = text }, Processing = [category] }, new Client { Id = "b", Contact = new ContactDetails { Name = text } }],
                SubProcessors = [new SubProcessor { Id = "s", Name = text, Service = "hosting" }],
            },
        };
        return DiffMarkdown.ToMarkdown(RegisterDiff.Compare(before, after));
    }

    private static ProcessingActivity Activity(string id) => new() { Id = id, Name = $"{id} name" };

    private static Register Register(params ProcessingActivity[] activities) => new()
    {
        Info = new RegisterInfo { Language = RegisterLanguage.English },
        Controllers = [new Controller { Contact = new ContactDetails { Name = "Binatic" } }],
        Activities = [.. activities],
    };
}
