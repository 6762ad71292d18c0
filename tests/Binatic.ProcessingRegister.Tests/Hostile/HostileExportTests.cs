using System.Globalization;
using System.Text.Json;
using Binatic.ProcessingRegister.Cli;
using Binatic.ProcessingRegister.Diff;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Tests.Diff;
using Binatic.ProcessingRegister.Tests.Export;
using Binatic.ProcessingRegister.Tests.Rules;
using Markdig.Syntax.Inlines;
using Markdig.Syntax;

namespace Binatic.ProcessingRegister.Tests.Hostile;

/// <summary>
/// Every corpus file that loads is exported through the CLI in both formats: the Markdown holds no HTML and no
/// link the text did not ask for, and the JSON parses.
/// </summary>
public sealed class HostileExportTests
{
    private const string ControlCharacters = "control-characters-in-names.yaml";

    public static TheoryData<string> Loadable => [.. LoadableNames];

    private static IEnumerable<string> LoadableNames =>
        HostileCorpus.Names.Where(name => RegisterLoader.LoadFile(Path.Combine(HostileCorpus.Folder, name)).Success);

    [Theory]
    [InlineData("markdown-html-in-text.yaml")]
    [InlineData(ControlCharacters)]
    public void The_text_field_attacks_are_among_the_loadable_files(string name)
    {
        Assert.Contains(name, LoadableNames);
    }

    [Theory]
    [MemberData(nameof(Loadable))]
    public void Exporting_a_hostile_file_as_markdown_gives_inert_markdown(string name)
    {
        var (exitCode, markdown) = Export(name, "markdown");

        Assert.Equal(ExitCodes.Success, exitCode);
        var document = MarkdownSyntax.Parse(markdown);
        Assert.Empty(document.Descendants<HtmlBlock>());
        Assert.Empty(document.Descendants<HtmlInline>());
        Assert.DoesNotContain(document.Descendants<LinkInline>(), link => link.Url?.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) == true);
        Assert.DoesNotContain(markdown, c => char.IsControl(c) && c is not '\n' and not '\r');
        Assert.DoesNotContain(markdown, c => char.GetUnicodeCategory(c) == UnicodeCategory.Format);
    }

    [Fact]
    public void Exporting_the_control_character_file_as_markdown_shows_each_invisible_character_as_its_code()
    {
        var (_, markdown) = Export(ControlCharacters, "markdown");

        Assert.Contains(@"Recruit\\u001B\[31mment \\u009B31m \\u202Ekrow", markdown, StringComparison.Ordinal);
        Assert.Contains(@"Appli\\u0008cants\\u007F", markdown, StringComparison.Ordinal);
        Assert.Contains(@"Na\\u200Bme\\uFEFF", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pull_request_summary_of_the_control_character_file_holds_no_invisible_character_mention_or_reference()
    {
        var register = RegisterLoader.LoadFile(Path.Combine(HostileCorpus.Folder, ControlCharacters)).GetRegisterOrThrow();
        var withoutLists = register with { Activities = [.. register.Activities.Select(a => a with { Purposes = [], DataSubjects = [], DataCategories = [] })] };
        var markdown = DiffMarkdown.ToMarkdown(RegisterDiff.Compare(withoutLists, register)) + DiffMarkdown.ToMarkdown(RegisterDiff.Compare(register with { Activities = [] }, register));

        Assert.Contains("@&#8203;someone", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(markdown, c => (char.IsControl(c) && c != '\n') || char.GetUnicodeCategory(c) == UnicodeCategory.Format);
        GitHubConversation.AssertInert(markdown);
    }

    [Theory]
    [MemberData(nameof(Loadable))]
    public void Exporting_a_hostile_file_as_json_gives_json_that_parses(string name)
    {
        var (exitCode, json) = Export(name, "json");

        Assert.Equal(ExitCodes.Success, exitCode);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }

    private static (int ExitCode, string Output) Export(string name, string format)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CommandLineApp.Run(["export", Path.Combine(HostileCorpus.Folder, name), "--format", format], output, error, RuleFixture.Clock);
        return (exitCode, output.ToString());
    }
}
