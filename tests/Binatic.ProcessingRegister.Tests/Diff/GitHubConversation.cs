using System.Text.RegularExpressions;
using Binatic.ProcessingRegister.Tests.Export;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Binatic.ProcessingRegister.Tests.Diff;

/// <summary>What GitHub does to a comment's text after rendering it: it turns mentions and issue references into links.</summary>
internal static class GitHubConversation
{
    /// <summary>
    /// Gets what GitHub's mention and reference filters match in the text of a rendered comment (they skip code and
    /// links): <c>@</c> after anything but an ASCII word character and before a letter or digit; <c>#</c> and a digit,
    /// alone or after owner/repository; <c>GH-</c> and a digit.
    /// </summary>
    public static Regex Reference { get; } = new(
        @"(?:^|[^A-Za-z0-9_])@[A-Za-z0-9]|(?:^|[^A-Za-z0-9_])#[0-9]|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+#[0-9]|(?:^|[^A-Za-z0-9_])GH-[0-9]",
        RegexOptions.IgnoreCase,
        TimeSpan.FromSeconds(1));

    /// <summary>Asserts that a rendered comment links nowhere and mentions or refers to no one and nothing.</summary>
    public static void AssertInert(string markdown)
    {
        var document = MarkdownSyntax.Parse(markdown);
        Assert.Empty(document.Descendants<LinkInline>());
        Assert.Empty(document.Descendants<AutolinkInline>());
        Assert.All(Text(document), text => Assert.DoesNotMatch(Reference, text));
    }

    /// <summary>Gets the text a reader sees in each leaf block, with escapes and character references resolved.</summary>
    public static IEnumerable<string> Text(MarkdownDocument document) =>
        document.Descendants<LeafBlock>().Select(MarkdownSyntax.TextOf);
}
