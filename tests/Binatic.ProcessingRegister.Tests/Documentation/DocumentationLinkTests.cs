using System.Text.RegularExpressions;
using Binatic.ProcessingRegister.Tests.Support;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Binatic.ProcessingRegister.Tests.Documentation;

/// <summary>
/// The README (which is also the package page), CONTRIBUTING.md and the pages in docs/ point only at files of the
/// repository that exist, and at headings those files have; and they cite no issue numbers, which a reader of the
/// package page cannot follow.
/// </summary>
public sealed partial class DocumentationLinkTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Build();

    private static readonly string Root = Path.GetFullPath(RepositoryFile.Path("."));

    public static TheoryData<string> Pages => new(
        [
            "README.md",
            "CONTRIBUTING.md",
            .. Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md")
                .Where(path => !path.EndsWith(".received.md", StringComparison.Ordinal))
                .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
                .Order(StringComparer.Ordinal),
        ]);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_link_points_to_a_file_or_heading_of_the_repository_that_exists(string page)
    {
        var document = Parse(page);
        var broken = new List<string>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.Url ?? string.Empty;
            if (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = url.IndexOf('#', StringComparison.Ordinal);
            var (target, anchor) = hash < 0 ? (url, null) : (url[..hash], url[(hash + 1)..]);
            var path = target.Length == 0 ? Path.Combine(Root, page) : Path.GetFullPath(Path.Combine(Root, Path.GetDirectoryName(page)!, target));
            if (!path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                broken.Add($"{url}: outside the repository");
            }
            else if (!File.Exists(path) && !Directory.Exists(path))
            {
                broken.Add($"{url}: no such file");
            }
            else if (anchor is not null && !HeadingIds(Parse(Path.GetRelativePath(Root, path))).Contains(anchor))
            {
                broken.Add($"{url}: no such heading");
            }
        }

        Assert.Empty(broken);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_repository_path_the_page_names_exists(string page)
    {
        var missing = Parse(page).Descendants<CodeInline>()
            .Select(code => code.Content)
            .Where(content => RepositoryPath().IsMatch(content))
            .Where(content => !content.Contains(".received.", StringComparison.Ordinal)) // written by a failing test, on purpose absent
            .Where(content => !File.Exists(Path.Combine(Root, content)) && !Directory.Exists(Path.Combine(Root, content)))
            .ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_page_cites_no_issue_numbers(string page)
    {
        Assert.Empty(IssueNumber().Matches(File.ReadAllText(Path.Combine(Root, page))).Select(match => match.Value));
    }

    private static MarkdownDocument Parse(string page) => Markdig.Markdown.Parse(File.ReadAllText(Path.Combine(Root, page)), Pipeline);

    private static HashSet<string> HeadingIds(MarkdownDocument document) =>
        [.. document.Descendants<HeadingBlock>().Select(heading => heading.GetAttributes().Id).OfType<string>()];

    // A path from the repository root to a file or folder, without wildcards or placeholders.
    [GeneratedRegex(@"^(src|tests|docs|schema|registers|\.ci|\.github)/[^\s*<>{}]+$")]
    private static partial Regex RepositoryPath();

    [GeneratedRegex(@"\bissues?\s+#?\d+", RegexOptions.IgnoreCase)]
    private static partial Regex IssueNumber();
}
