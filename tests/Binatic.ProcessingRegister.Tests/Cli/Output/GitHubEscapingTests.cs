using Binatic.ProcessingRegister.Cli.Output;
using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Cli.Output;

/// <summary>Escaping as actions/toolkit's <c>escapeData</c> and <c>escapeProperty</c> do it.</summary>
public sealed class GitHubEscapingTests
{
    [Theory]
    [InlineData("100%", "100%25")]
    [InlineData("one\ntwo", "one%0Atwo")]
    [InlineData("one\r\ntwo", "one%0D%0Atwo")]
    [InlineData("a: b, c", "a: b, c")]
    [InlineData("%0A", "%250A")]
    public void A_message_escapes_percent_and_line_breaks_only(string message, string escaped) =>
        Assert.Equal(escaped, GitHubFormatter.EscapeData(message));

    [Theory]
    [InlineData("registers/a,b.yaml", "registers/a%2Cb.yaml")]
    [InlineData("C:registers", "C%3Aregisters")]
    [InlineData("50%\n", "50%25%0A")]
    public void A_property_also_escapes_colons_and_commas(string value, string escaped) =>
        Assert.Equal(escaped, GitHubFormatter.EscapeProperty(value));

    [Fact]
    public void A_finding_without_a_position_names_only_the_file()
    {
        var finding = new Diagnostic("RPR102", DiagnosticSeverity.Error, "Not YAML: line 1\nline 2", SourceLocation.WholeFile("a,b.yaml"), string.Empty);

        // The finding itself shows the line break as its code, so the message stays one line even before escaping.
        Assert.Equal("::error file=a%2Cb.yaml,title=RPR102::Not YAML: line 1\\nline 2", GitHubFormatter.Command(finding));
    }

    [Theory]
    [InlineData("red\u001b[31m.yaml", "red\\u001B[31m.yaml")]
    [InlineData("bell\u0007\u009b", "bell\\u0007\\u009B")]
    [InlineData("\u202Eright\u2066to\u200bleft\ufeff", "\\u202Eright\\u2066to\\u200Bleft\\uFEFF")]
    [InlineData("beëindiging, Zoë", "beëindiging%2C Zoë")]
    public void A_property_shows_control_and_format_characters_as_their_code(string value, string escaped) =>
        Assert.Equal(escaped, GitHubFormatter.EscapeProperty(value));
}
