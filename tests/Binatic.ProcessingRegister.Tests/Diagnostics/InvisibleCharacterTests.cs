using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Diagnostics;

/// <summary>
/// Text in a finding comes from the register and the file system; a character the reader cannot see must neither act
/// on the terminal or log it is printed to nor hide what the finding says, so it is shown as its code.
/// </summary>
public sealed class InvisibleCharacterTests
{
    [Theory]
    [InlineData("Recruit\u001b[31mment", "Recruit\\u001B[31mment")]
    [InlineData("bell\u0007", "bell\\u0007")]
    [InlineData("back\u0008space", "back\\u0008space")]
    [InlineData("delete\u007f", "delete\\u007F")]
    [InlineData("c1\u009b31m", "c1\\u009B31m")]
    [InlineData("vertical\u000btab", "vertical\\u000Btab")]
    [InlineData("form\u000cfeed", "form\\u000Cfeed")]
    [InlineData("line\nbreak", "line\\nbreak")]
    [InlineData("\u202Eright to left", "\\u202Eright to left")]
    [InlineData("isolate\u2066", "isolate\\u2066")]
    [InlineData("zero\u200bwidth", "zero\\u200Bwidth")]
    [InlineData("\ufeffbom", "\\uFEFFbom")]
    [InlineData("line\u2028separator", "line\\u2028separator")]
    public void An_invisible_character_in_a_message_is_shown_as_its_code(string message, string shown)
    {
        Assert.Equal(shown, Finding(message).Message);
    }

    [Theory]
    [InlineData("Beëindiging van de overeenkomst met Zoë")]
    [InlineData("Ελληνικά, 日本語 and 😀")]
    [InlineData("A plain message with 'quotes', \\ backslashes and \\u001B as text.")]
    public void Visible_text_in_a_message_is_kept_as_written(string message)
    {
        Assert.Equal(message, Finding(message).Message);
    }

    [Fact]
    public void A_message_set_after_construction_is_shown_with_codes_too()
    {
        var finding = Finding("plain") with { Message = "Recruit\u001b[31mment" };

        Assert.Equal("Recruit\\u001B[31mment", finding.Message);
    }

    [Fact]
    public void An_accepted_reason_with_a_bidi_override_is_shown_as_its_code()
    {
        var finding = Finding("plain") with { AcceptedReason = "Kept as the \u202Eretention register says." };

        Assert.Equal("Kept as the \\u202Eretention register says.", finding.AcceptedReason);
    }

    [Fact]
    public void A_file_name_with_a_line_break_cannot_forge_a_second_finding_line()
    {
        var location = new SourceLocation("evil\nfake.yaml(1,1): error RPR001: forged finding\n.yaml", 3, 5, 3, 9);

        Assert.Equal("evil\\nfake.yaml(1,1): error RPR001: forged finding\\n.yaml(3,5)", location.ToString());
    }

    [Fact]
    public void A_file_name_with_a_terminal_escape_is_shown_as_its_code_in_the_canonical_format()
    {
        var finding = new Diagnostic(DiagnosticIds.YamlSyntax, DiagnosticSeverity.Error, "Not YAML.", SourceLocation.WholeFile("red\u001b[31m.yaml"), string.Empty);

        Assert.Equal("red\\u001B[31m.yaml: error RPR102: Not YAML.", finding.ToString());
    }

    private static Diagnostic Finding(string message) =>
        new(DiagnosticIds.YamlSyntax, DiagnosticSeverity.Error, message, new SourceLocation("a.yaml", 1, 1, 1, 2), string.Empty);
}
