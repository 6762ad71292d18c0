using System.Globalization;
using Binatic.ProcessingRegister.Diagnostics;
using Newtonsoft.Json.Linq;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Parsing;

public sealed class ScalarResolutionTests
{
    public static TheoryData<string, JTokenType, string> CoreSchemaTable => new()
    {
        { "", JTokenType.Null, "" },
        { "~", JTokenType.Null, "" },
        { "null", JTokenType.Null, "" },
        { "Null", JTokenType.Null, "" },
        { "NULL", JTokenType.Null, "" },
        { "nULL", JTokenType.String, "nULL" },
        { "true", JTokenType.Boolean, "True" },
        { "True", JTokenType.Boolean, "True" },
        { "TRUE", JTokenType.Boolean, "True" },
        { "false", JTokenType.Boolean, "False" },
        { "False", JTokenType.Boolean, "False" },
        { "FALSE", JTokenType.Boolean, "False" },
        { "tRUE", JTokenType.String, "tRUE" },
        { "0", JTokenType.Integer, "0" },
        { "42", JTokenType.Integer, "42" },
        { "-17", JTokenType.Integer, "-17" },
        { "+17", JTokenType.Integer, "17" },
        { "0o17", JTokenType.Integer, "15" },
        { "0x1F", JTokenType.Integer, "31" },
        { "0xff", JTokenType.Integer, "255" },
        { "0x", JTokenType.String, "0x" },
        { "0o8", JTokenType.String, "0o8" },
        { "-0x1F", JTokenType.String, "-0x1F" },
        { "1_000", JTokenType.String, "1_000" },
        { "1,000", JTokenType.String, "1,000" },
        { "1.5", JTokenType.Float, "1.5" },
        { "-1.5", JTokenType.Float, "-1.5" },
        { ".5", JTokenType.Float, "0.5" },
        { "1.", JTokenType.Float, "1" },
        { "1e3", JTokenType.Float, "1000" },
        { "+1.5E-2", JTokenType.Float, "0.015" },
        { "1.0", JTokenType.Float, "1" },
        { "1.2.3", JTokenType.String, "1.2.3" },
        { "٣", JTokenType.String, "٣" },
        { "2024-01-31", JTokenType.String, "2024-01-31" },
        { "P7Y", JTokenType.String, "P7Y" },
        { "Binatic Software BV", JTokenType.String, "Binatic Software BV" },
    };

    [Theory]
    [MemberData(nameof(CoreSchemaTable))]
    public void Reading_a_plain_value_follows_the_yaml_1_2_core_schema(string plain, JTokenType type, string value)
    {
        var token = ReadValue($"v: {plain}\n");

        Assert.Equal(type, token.Type);
        Assert.Equal(value, Convert.ToString(((JValue)token).Value, CultureInfo.InvariantCulture) ?? string.Empty);
    }

    [Theory]
    [InlineData("'true'")]
    [InlineData("\"42\"")]
    [InlineData("'~'")]
    [InlineData("\"\"")]
    [InlineData("|\n  42\n")]
    [InlineData(">\n  true\n")]
    public void Reading_a_quoted_literal_or_folded_value_always_gives_text(string written)
    {
        var token = ReadValue($"v: {written}\n");

        Assert.Equal(JTokenType.String, token.Type);
    }

    [Fact]
    public void Reading_a_quoted_number_with_a_leading_zero_keeps_it_as_text_without_a_warning()
    {
        var document = ParsingFixture.Read("v: '010'\n");

        Assert.Empty(document.Diagnostics);
        Assert.Equal(JTokenType.String, TreeTokens.Of(document.Map)["v"]!.Type);
        Assert.Equal("010", (string?)TreeTokens.Of(document.Map)["v"]);
    }

    [Fact]
    public void Reading_the_largest_64_bit_integer_keeps_it_exact()
    {
        var token = ReadValue("v: 9223372036854775807\n");

        Assert.Equal(JTokenType.Integer, token.Type);
        Assert.Equal(long.MaxValue, (long)token);
    }

    [Fact]
    public void Reading_a_long_octal_integer_converts_every_digit_before_judging_its_size()
    {
        var token = ReadValue("v: 0o777777777777777777777\n");

        Assert.Equal(long.MaxValue, (long)token);
    }

    [Theory]
    [InlineData("123456789012345678901234567890")]
    [InlineData("-9223372036854775809")]
    [InlineData("0o1234567012345670123456701234567")]
    [InlineData("0x10000000000000000")]
    [InlineData("!!int 100000000000000000000")]
    public void Reading_an_integer_beyond_64_bits_reports_it_at_its_place(string written)
    {
        var document = ParsingFixture.Read($"a: 1\nv: {written}\n");

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.UnrepresentableScalar);
        Assert.Equal((2, 4), (finding.Line, finding.Column));
        Assert.Equal("/v", finding.JsonPointer);
        Assert.Contains("does not fit in 64 bits", finding.Message, StringComparison.Ordinal);
        Assert.False(document.Map.IsComplete);
    }

    [Theory]
    [InlineData("!!str 42", JTokenType.String, "42")]
    [InlineData("!!str true", JTokenType.String, "true")]
    [InlineData("!!int \"42\"", JTokenType.Integer, "42")]
    [InlineData("!!int 0x10", JTokenType.Integer, "16")]
    [InlineData("!!float 1", JTokenType.Float, "1")]
    [InlineData("!!float '2.5'", JTokenType.Float, "2.5")]
    [InlineData("!!bool 'false'", JTokenType.Boolean, "False")]
    [InlineData("!!null ''", JTokenType.Null, "")]
    [InlineData("!<tag:yaml.org,2002:int> 7", JTokenType.Integer, "7")]
    public void Reading_a_value_with_a_core_tag_honours_the_tag(string written, JTokenType type, string value)
    {
        var token = ReadValue($"v: {written}\n");

        Assert.Equal(type, token.Type);
        Assert.Equal(value, Convert.ToString(((JValue)token).Value, CultureInfo.InvariantCulture) ?? string.Empty);
    }

    [Theory]
    [InlineData("!!int x", "tagged !!int but is not an integer")]
    [InlineData("!!int 1.5", "tagged !!int but is not an integer")]
    [InlineData("!!float abc", "tagged !!float but is not a number")]
    [InlineData("!!bool yes", "tagged !!bool but is not true or false")]
    [InlineData("!!null nothing", "tagged !!null but is not null")]
    public void Reading_a_tagged_value_that_does_not_fit_its_tag_reports_it(string written, string expected)
    {
        var document = ParsingFixture.Read($"a: 1\nv: {written}\n");

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.UnrepresentableScalar);
        Assert.Equal((2, 4), (finding.Line, finding.Column));
        Assert.Equal("/v", finding.JsonPointer);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
        Assert.False(document.Map.IsComplete);
    }

    [Theory]
    [InlineData(".inf", "infinity")]
    [InlineData("-.Inf", "infinity")]
    [InlineData("+.INF", "infinity")]
    [InlineData(".nan", "'not a number'")]
    [InlineData(".NaN", "'not a number'")]
    [InlineData(".NAN", "'not a number'")]
    [InlineData("!!float .inf", "infinity")]
    [InlineData("1e400", "too large for JSON")]
    public void Reading_a_number_json_cannot_hold_reports_it(string written, string expected)
    {
        var document = ParsingFixture.Read($"list:\n  - {written}\n");

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.UnrepresentableScalar);
        Assert.Equal((2, 5), (finding.Line, finding.Column));
        Assert.Equal("/list/0", finding.JsonPointer);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_infinity_spelled_outside_the_core_schema_gives_text()
    {
        var token = ReadValue("v: .INf\n");

        Assert.Equal(JTokenType.String, token.Type);
    }

    private static JToken ReadValue(string yaml)
    {
        var document = ParsingFixture.Read(yaml);
        Assert.DoesNotContain(document.Diagnostics, finding => finding.Severity == DiagnosticSeverity.Error);
        return TreeTokens.Of(document.Map)["v"]!;
    }
}
