using Binatic.ProcessingRegister.Cli.Output;
using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Cli.Output;

public sealed class TextColourTests
{
    private static readonly ValidationReport Report = new(1, [new Diagnostic("RPR024", DiagnosticSeverity.Error, "Privacy Shield: invalid.", new SourceLocation("a.yaml", 3, 5, 3, 9), "/x")]);

    [Fact]
    public void Colour_wraps_only_the_severity_word_so_the_line_without_escapes_is_unchanged()
    {
        var coloured = Write(colour: true);

        Assert.Contains("\u001b[31merror\u001b[0m", coloured, StringComparison.Ordinal);
        Assert.Equal(Write(colour: false), coloured.Replace("\u001b[31m", string.Empty, StringComparison.Ordinal).Replace("\u001b[0m", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Without_colour_there_are_no_escape_sequences()
    {
        Assert.DoesNotContain('\u001b', Write(colour: false));
    }

    private static string Write(bool colour)
    {
        using var output = new StringWriter();
        new TextFormatter(colour).Write(Report, output);
        return output.ToString();
    }
}
