using Binatic.ProcessingRegister.Diagnostics;
using Newtonsoft.Json.Linq;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Parsing;

public sealed class Yaml11WarningTests
{
    [Fact]
    public void Reading_the_country_code_no_warns_that_yaml_1_1_reads_it_as_false_and_keeps_the_text()
    {
        var document = ParsingFixture.ReadFixture("yaml11-values.yaml");

        var finding = document.Diagnostics.Single(finding => finding.JsonPointer == "/transfers/0/country");
        Assert.Equal(DiagnosticIds.AmbiguousScalar, finding.RuleId);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal((2, 14), (finding.Line, finding.Column));
        Assert.Equal(
            "The plain value 'NO' is the text \"NO\" here, but YAML 1.1 tools read it as the boolean false; write \"NO\" in quotes so every tool reads it the same.",
            finding.Message);
        Assert.Equal(JTokenType.String, TreeTokens.Of(document.Map).SelectToken("transfers[0].country")!.Type);
    }

    [Fact]
    public void Reading_a_document_refused_for_its_structure_leaves_out_the_yaml_1_1_warnings()
    {
        var document = ParsingFixture.Read("country: NO\nlater: &x 1\n");

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.AliasNotAllowed);
        Assert.Equal("/later", finding.JsonPointer);
    }

    [Fact]
    public void Reading_a_file_with_only_yaml_1_1_warnings_still_loads_the_document()
    {
        var document = ParsingFixture.ReadFixture("yaml11-values.yaml");

        Assert.All(document.Diagnostics, finding => Assert.Equal(DiagnosticSeverity.Warning, finding.Severity));
        Assert.Equal(5, document.Diagnostics.Count);
        Assert.True(document.Map.IsComplete);
    }

    [Theory]
    [InlineData("yes", "the boolean true")]
    [InlineData("Yes", "the boolean true")]
    [InlineData("ON", "the boolean true")]
    [InlineData("y", "the boolean true")]
    [InlineData("off", "the boolean false")]
    [InlineData("N", "the boolean false")]
    [InlineData("nO", "the boolean false")]
    public void Reading_a_yaml_1_1_boolean_word_warns_and_keeps_the_text(string plain, string yaml11)
    {
        var (finding, token) = ReadOne(plain);

        Assert.Contains($"is the text \"{plain}\" here, but YAML 1.1 tools read it as {yaml11};", finding.Message, StringComparison.Ordinal);
        Assert.Equal(JTokenType.String, token.Type);
    }

    [Fact]
    public void Reading_a_number_with_a_leading_zero_warns_that_yaml_1_1_reads_it_as_octal()
    {
        var (finding, token) = ReadOne("0755");

        Assert.Contains(
            "'0755' is the number 755 here, but YAML 1.1 tools read it as the number 493, reading the digits as octal;",
            finding.Message,
            StringComparison.Ordinal);
        Assert.Equal(JTokenType.Integer, token.Type);
        Assert.Equal(755L, (long)token);
    }

    [Fact]
    public void Reading_a_number_with_a_leading_zero_and_a_digit_8_or_9_warns_that_yaml_1_1_reads_text()
    {
        var (finding, _) = ReadOne("0129");

        Assert.Contains("YAML 1.1 tools read it as the text \"0129\";", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_time_like_value_warns_that_yaml_1_1_reads_it_in_base_60()
    {
        var (finding, token) = ReadOne("1:30");

        Assert.Contains("YAML 1.1 tools read it as the number 90, reading it as minutes and seconds (base 60);", finding.Message, StringComparison.Ordinal);
        Assert.Equal(JTokenType.String, token.Type);
        Assert.Equal("1:30", (string?)token);
    }

    [Fact]
    public void Reading_a_yaml_1_2_octal_number_warns_that_yaml_1_1_reads_it_as_text()
    {
        var (finding, token) = ReadOne("0o17");

        Assert.Contains("'0o17' is the number 15 here, but YAML 1.1 tools read it as the text \"0o17\";", finding.Message, StringComparison.Ordinal);
        Assert.Equal(15L, (long)token);
    }

    [Theory]
    [InlineData("'NO'")]
    [InlineData("\"yes\"")]
    [InlineData("!!str on")]
    [InlineData("2024-01-31")]
    [InlineData("2024-01-31T10:00:00Z")]
    [InlineData("09:30")]
    [InlineData("007")]
    [InlineData("0")]
    [InlineData("true")]
    [InlineData("Norway")]
    public void Reading_a_value_both_yaml_versions_read_alike_gives_no_warning(string written)
    {
        var document = ParsingFixture.Read($"v: {written}\n");

        Assert.Empty(document.Diagnostics);
    }

    private static (Diagnostic Finding, JToken Token) ReadOne(string plain)
    {
        var document = ParsingFixture.Read($"v: {plain}\n");
        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.AmbiguousScalar);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal((1, 4), (finding.Line, finding.Column));
        Assert.Equal("/v", finding.JsonPointer);
        return (finding, TreeTokens.Of(document.Map)["v"]!);
    }
}
