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

    private static ProcessingActivity Activity(string id) => new() { Id = id, Name = $"{id} name" };

    private static Register Register(params ProcessingActivity[] activities) => new()
    {
        Info = new RegisterInfo { Language = RegisterLanguage.English },
        Controllers = [new Controller { Contact = new ContactDetails { Name = "Binatic" } }],
        Activities = [.. activities],
    };
}
