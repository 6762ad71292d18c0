using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Packaging;

/// <summary>
/// The README's "Use it from code" snippet is the consumer project's Program.cs, which CI compiles and runs against
/// the packed library; this keeps the two texts equal.
/// </summary>
public sealed class ReadmeSnippetTests
{
    private const string Begin = "// README:begin\n";
    private const string End = "// README:end\n";

    [Fact]
    public void The_readme_shows_the_consumer_program_that_ci_compiles()
    {
        var program = File.ReadAllText(RepositoryFile.Path("tests/Binatic.ProcessingRegister.Consumer/Program.cs")).ReplaceLineEndings("\n");
        var start = program.IndexOf(Begin, StringComparison.Ordinal);
        var stop = program.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"Program.cs has no region between '{Begin.TrimEnd()}' and '{End.TrimEnd()}'.");

        var snippet = "```csharp\n" + program[(start + Begin.Length)..stop] + "```\n";

        GeneratedSection.Verify(RepositoryFile.Path("README.md"), "use-it-from-code", snippet);
    }
}
