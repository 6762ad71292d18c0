using Binatic.ProcessingRegister.Schema;
using Binatic.ProcessingRegister.Schema.Shortcut;
using Binatic.ProcessingRegister.Tests.Support;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation.FormatValidators;

namespace Binatic.ProcessingRegister.Tests.Schema.Shortcut;

/// <summary>
/// The shapes check dates and e-mail addresses without NJsonSchema, so they must accept exactly what NJsonSchema's own
/// format validators accept, and leave every other format to NJsonSchema.
/// </summary>
public sealed class FormatChecksTests
{
    public static TheoryData<string> Dates => new(
        "2024-01-31", "2024-02-29", "2023-02-29", "2024-13-01", "2024-00-10", "2024-1-31", "24-01-31", "2024-01-31T00:00:00",
        " 2024-01-31", "2024-01-31 ", "2024/01/31", "0001-01-01", "9999-12-31", "٢٠٢٤-٠١-٣١", "", "2024-01-3a");

    public static TheoryData<string> Emails => new(
        "privacy@binatic.nl", "Privacy@Binatic.NL", "first.last@sub.example.org", "a@b", "a@b.c", "a@-b.nl", "a@b-.nl", "a.@b.nl",
        ".a@b.nl", "a..b@c.nl", "a b@c.nl", "a@b.nl\n", "a@b.nl ", "ä@b.nl", "a@bä.nl", "x+tag@example.com", "@example.com", "a@",
        "K\u212Aelvin@example.com", "i@\u0130stanbul.tr", "o'brien@example.ie", "");

    [Theory]
    [MemberData(nameof(Dates))]
    public void A_date_is_accepted_exactly_when_NJsonSchema_s_date_validator_accepts_it(string value)
    {
        Assert.Equal(new DateFormatValidator().IsValid(value, JTokenType.String), FormatChecks.For("date")!(value));
    }

    [Theory]
    [MemberData(nameof(Emails))]
    public void An_email_address_is_accepted_exactly_when_NJsonSchema_s_email_validator_accepts_it(string value)
    {
        Assert.Equal(new EmailFormatValidator().IsValid(value, JTokenType.String), FormatChecks.For("email")!(value));
    }

    [Theory]
    [InlineData("uri")]
    [InlineData("date-time")]
    [InlineData("not-a-format")]
    public void A_text_whose_schema_names_another_format_is_left_to_NJsonSchema(string format)
    {
        var shape = SchemaShape.Read($$"""{"type": "string", "format": "{{format}}"}""");
        var text = TreeTokens.Of(new JArray("anything"))[0]!;

        Assert.Equal(Verdict.Unknown, shape.Check(TokenTree.NodeOf(text)!.Value));
    }
}
