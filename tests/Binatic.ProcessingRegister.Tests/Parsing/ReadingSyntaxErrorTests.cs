using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Parsing;

namespace Binatic.ProcessingRegister.Tests.Parsing;

public sealed class ReadingSyntaxErrorTests
{
    [Fact]
    public void The_characters_refused_are_exactly_those_outside_yaml_s_printable_set()
    {
        // YAML 1.2's c-printable: tab, line feed, carriage return, U+0020-U+007E, NEL, U+00A0-U+D7FF, U+E000-U+FFFD and
        // the characters beyond U+FFFF, which strict UTF-8 decoding only ever gives as surrogate pairs.
        static bool IsPrintable(char c) =>
            c is '\t' or '\n' or '\r' or '\u0085' or (>= '\u0020' and <= '\u007E') or (>= '\u00A0' and <= '\uFFFD');

        var outside = Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(c => !IsPrintable(c) && !char.IsSurrogate(c));

        Assert.Equal(YamlDocumentReader.ForbiddenCharacters, string.Concat(outside));
    }

    [Fact]
    public void Reading_a_tab_in_the_indentation_reports_the_tab_itself()
    {
        var document = ParsingFixture.ReadFixture("tab-indentation.yaml");

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.YamlSyntax);
        Assert.Equal((3, 1), (finding.Line, finding.Column));
        Assert.EndsWith("indent with spaces, as YAML does not allow tabs in indentation.", finding.Message, StringComparison.Ordinal);
        Assert.False(document.Map.IsComplete);
    }

    [Fact]
    public void Reading_a_tab_before_a_nested_entry_reports_the_tab_although_yaml_dot_net_gives_no_position()
    {
        var document = ParsingFixture.Read("a:\n\t- 1\n");

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.YamlSyntax);
        Assert.Equal((2, 1), (finding.Line, finding.Column));
    }

    [Fact]
    public void Reading_an_unclosed_bracket_reports_where_the_parser_gave_up()
    {
        var document = ParsingFixture.ReadFixture("unclosed-bracket.yaml");

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.YamlSyntax);
        Assert.Equal((4, 1), (finding.Line, finding.Column));
        Assert.Equal("/activities/0/purposes", finding.JsonPointer);
        Assert.StartsWith("This is not valid YAML: while parsing a flow sequence", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("check the indentation, colons, quotes and brackets at this point.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_line_inside_brackets_indented_less_than_the_brackets_reports_where_reading_stopped()
    {
        // YamlDotNet throws an exception without message or position here; the reader still places the problem.
        var document = ParsingFixture.Read("activities:\n  - purposes: [salary,\n tax]\n");

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.YamlSyntax);
        Assert.Equal((3, 2), (finding.Line, finding.Column));
        Assert.StartsWith("This is not valid YAML: the text cannot be read past this point;", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_an_unterminated_quote_reports_the_start_of_the_quoted_value()
    {
        var document = ParsingFixture.Read("a: 1\nb: \"text\n");

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.YamlSyntax);
        Assert.Equal((2, 4), (finding.Line, finding.Column));
        Assert.Equal("/b", finding.JsonPointer);
    }

    [Fact]
    public void Reading_a_syntax_error_keeps_the_problems_found_before_it()
    {
        var document = ParsingFixture.Read("a: &x 1\nb: [\n");

        Assert.Equal(
            [DiagnosticIds.AliasNotAllowed, DiagnosticIds.YamlSyntax],
            document.Diagnostics.Select(finding => finding.RuleId));
    }

    [Fact]
    public void Reading_a_syntax_error_message_is_one_line_without_a_position_prefix()
    {
        var document = ParsingFixture.Read("a: b: c\n");

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.YamlSyntax);
        Assert.Equal((1, 5), (finding.Line, finding.Column));
        Assert.DoesNotContain("Line:", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', finding.Message);
    }
}
