using System.Text.Json;
using Binatic.ProcessingRegister.Cli;
using Binatic.ProcessingRegister.Tests.Export;
using Binatic.ProcessingRegister.Tests.Rules;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Binatic.ProcessingRegister.Tests.Hostile;

/// <summary>
/// Every corpus file that loads is exported through the CLI in both formats: the Markdown holds no HTML and no
/// link the text did not ask for, and the JSON parses.
/// </summary>
public sealed class HostileExportTests
{
    public static TheoryData<string> Loadable => [.. LoadableNames];

    private static IEnumerable<string> LoadableNames =>
        HostileCorpus.Names.Where(name => RegisterLoader.LoadFile(Path.Combine(HostileCorpus.Folder, name)).Success);

    [Fact]
    public void The_text_field_attack_is_among_the_loadable_files()
    {
        Assert.Contains("markdown-html-in-text.yaml", LoadableNames);
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
