using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Loading;

public sealed class RegisterLoaderTests
{
    [Fact]
    public void Loading_the_example_register_succeeds_without_findings()
    {
        var result = RegisterLoader.LoadFile(Fixture.Register("example.yaml"));

        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void An_empty_value_at_the_end_of_a_text_without_a_final_line_break_is_reported_on_the_last_line()
    {
        // YamlDotNet places the empty value of this complex key on a second line, which the text does not have.
        var diagnostic = Assert.Single(RegisterLoader.Parse("? register", "no-final-break.yaml").Diagnostics, d => d.JsonPointer == "/register");

        Assert.Equal((1, 11), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Loading_a_minimal_register_gives_its_typed_model()
    {
        var register = RegisterLoader.LoadFile(Fixture.Path("minimal.yaml")).GetRegisterOrThrow();

        Assert.Equal(RegisterLanguage.Dutch, register.Info.Language);
        Assert.Equal("Voorbeeld BV", Assert.Single(register.Controllers).Contact.Name);
        var activity = Assert.Single(register.Activities);
        Assert.Equal("levering", activity.Id);
        Assert.Equal(["uitvoeren van overeenkomsten"], activity.Purposes);
        Assert.Equal(LegalBasis.Contract, Assert.Single(activity.LegalBases).Basis);
    }

    [Fact]
    public void Loading_a_register_with_an_integer_beyond_64_bits_reports_it_instead_of_failing()
    {
        var result = RegisterLoader.LoadFile(Fixture.Path("integer-beyond-64-bits.yaml"));

        Assert.False(result.Success);
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticIds.UnrepresentableScalar, 13, 11, "/activities/0/name"), (finding.RuleId, finding.Line, finding.Column, finding.JsonPointer));
    }

    [Fact]
    public void Loading_a_register_with_a_period_too_large_reports_it_at_the_value()
    {
        var result = RegisterLoader.LoadFile(Fixture.Path("period-too-large.yaml"));

        Assert.False(result.Success);
        Assert.Collection(
            result.Diagnostics,
            retention =>
            {
                Assert.Equal((DiagnosticIds.InvalidFormat, 20, 17, "/activities/0/retention/0/period"), (retention.RuleId, retention.Line, retention.Column, retention.JsonPointer));
                Assert.Contains("'P2147483648Y'", retention.Message, StringComparison.Ordinal);
                Assert.Contains("at most four digits", retention.Message, StringComparison.Ordinal);
            },
            deadline =>
            {
                Assert.Equal((DiagnosticIds.InvalidFormat, 22, 21, "/dataSubjectRights/responseDeadline"), (deadline.RuleId, deadline.Line, deadline.Column, deadline.JsonPointer));
                Assert.Contains("'P99999999999D'", deadline.Message, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void A_period_of_sixty_digits_is_shown_shortened_in_its_finding()
    {
        var yaml = Fixture.Text("period-too-large.yaml").Replace("P2147483648Y", "P" + new string('9', 60) + "Y", StringComparison.Ordinal);

        var finding = RegisterLoader.Parse(yaml, "long-period.yaml").Diagnostics[0];

        Assert.Contains($"is 'P{new string('9', 39)}…', which is not a valid period", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_a_register_with_the_largest_period_allowed_gives_it_in_the_model()
    {
        var register = RegisterLoader.LoadFile(Fixture.Path("largest-period.yaml")).GetRegisterOrThrow();

        Assert.Equal(new IsoPeriod(9999, 9999, 9999, 9999), Assert.Single(register.Activities[0].Retention).Period);
        Assert.Equal(new IsoPeriod(9999, 9999, 9999, 9999), register.DataSubjectRights!.ResponseDeadline);
    }

    [Fact]
    public void Loading_the_same_text_twice_gives_equal_registers()
    {
        var text = File.ReadAllText(Fixture.Register("example.yaml"));

        var first = RegisterLoader.Parse(text, "a.yaml").GetRegisterOrThrow();
        var second = RegisterLoader.Parse(text, "b.yaml").GetRegisterOrThrow();

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void A_register_that_differs_in_one_purpose_is_not_equal()
    {
        var text = File.ReadAllText(Fixture.Path("minimal.yaml"));

        var original = RegisterLoader.Parse(text, "a.yaml").GetRegisterOrThrow();
        var changed = RegisterLoader.Parse(text.Replace("uitvoeren van overeenkomsten", "afwikkelen van bestellingen", StringComparison.Ordinal), "b.yaml").GetRegisterOrThrow();

        Assert.NotEqual(original, changed);
    }

    [Fact]
    public void Loading_a_register_with_a_duplicate_data_category_id_reports_both_locations()
    {
        var result = RegisterLoader.LoadFile(Fixture.Path("duplicate-data-category-id.yaml"));

        Assert.False(result.Success);
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticIds.DuplicateId, 11, 9), (finding.RuleId, finding.Line, finding.Column));
        Assert.Equal("/dataCategories/1/id", finding.JsonPointer);
        Assert.Contains("line 9, column 9", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_a_register_with_a_duplicate_activity_id_reports_both_locations()
    {
        var finding = Assert.Single(RegisterLoader.LoadFile(Fixture.Path("duplicate-activity-id.yaml")).Diagnostics);

        Assert.Equal((DiagnosticIds.DuplicateId, 19, 9), (finding.RuleId, finding.Line, finding.Column));
        Assert.Contains("processing activity at line 12, column 9", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_an_undefined_data_category_is_reported_where_it_is_written_with_a_suggestion()
    {
        var finding = Assert.Single(RegisterLoader.LoadFile(Fixture.Path("unknown-data-category.yaml")).Diagnostics);

        Assert.Equal((DiagnosticIds.UnknownReference, 18, 28), (finding.RuleId, finding.Line, finding.Column));
        Assert.Equal("/activities/0/dataCategories/1", finding.JsonPointer);
        Assert.Contains("'emailadres'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'e-mailadres'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recipient_s_reference_to_an_undefined_data_category_is_reported_where_it_is_written_with_a_suggestion()
    {
        var finding = Assert.Single(RegisterLoader.LoadFile(Fixture.Path("unknown-recipient-data-category.yaml")).Diagnostics);

        Assert.Equal((DiagnosticIds.UnknownReference, 19, 28), (finding.RuleId, finding.Line, finding.Column));
        Assert.Equal("/recipients/0/dataCategories/1", finding.JsonPointer);
        Assert.Equal("No data category has the id 'strafrechtelijke-gegeven'; define it under dataCategories or correct the reference (did you mean 'strafrechtelijke-gegevens'?)", finding.Message);
    }

    [Fact]
    public void A_transfer_to_an_undefined_recipient_is_reported_at_the_recipient()
    {
        var finding = Assert.Single(RegisterLoader.LoadFile(Fixture.Path("unknown-transfer-recipient.yaml")).Diagnostics);

        Assert.Equal((DiagnosticIds.UnknownReference, 25, 20), (finding.RuleId, finding.Line, finding.Column));
        Assert.Equal("/activities/0/transfers/0/recipient", finding.JsonPointer);
    }

    [Fact]
    public void Loading_a_missing_file_reports_that_it_cannot_be_read()
    {
        var result = RegisterLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "no-such-register.yaml"));

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.InputUnreadable, finding.RuleId);
    }

    [Fact]
    public void Loading_a_stream_larger_than_the_limit_reports_it_without_reading_everything()
    {
        using var stream = new MemoryStream(new byte[2048]);

        var result = RegisterLoader.Load(stream, "big.yaml", new LoadOptions { MaxFileSizeBytes = 1024 });

        Assert.Equal(DiagnosticIds.InputTooLarge, Assert.Single(result.Diagnostics).RuleId);
        Assert.True(stream.Position < stream.Length + 1);
    }

    [Fact]
    public void Loading_text_that_is_not_utf8_reports_the_encoding()
    {
        using var stream = new MemoryStream([0x72, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]);

        var finding = Assert.Single(RegisterLoader.Load(stream, "latin1.yaml").Diagnostics);

        Assert.Equal(DiagnosticIds.YamlSyntax, finding.RuleId);
        Assert.Contains("UTF-8", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_a_stream_larger_than_the_limit_says_how_to_raise_it_on_the_command_line_and_in_code()
    {
        using var stream = new MemoryStream(new byte[2048]);

        var finding = Assert.Single(RegisterLoader.Load(stream, "big.yaml", new LoadOptions { MaxFileSizeBytes = 1024 }).Diagnostics);

        Assert.Equal(
            "The file is larger than the limit of 1,024 bytes; split the register, or raise the limit (--max-file-size on the command line, LoadOptions.MaxFileSizeBytes in code) if the file is trusted.",
            finding.Message);
    }

    [Theory]
    [InlineData("72 3A 20 FF 0A", 1, 4)]
    [InlineData("61 3A 20 62 0A 72 3A 20 C3 A9 FF 0A", 2, 5)]
    [InlineData("61 3A 20 62 0D 0A 0D 72 3A 20 62 E2 82", 3, 5)]
    public void Loading_text_that_is_not_utf8_reports_the_line_and_column_of_the_first_invalid_byte(string hex, int line, int column)
    {
        using var stream = StreamOf(hex);

        var finding = Assert.Single(RegisterLoader.Load(stream, "latin1.yaml").Diagnostics);

        Assert.Equal((DiagnosticIds.YamlSyntax, line, column), (finding.RuleId, finding.Line, finding.Column));
    }

    [Theory]
    [InlineData("FF FE 00 00 72 00 00 00 3A 00 00 00", "UTF-32 (little-endian, with a byte order mark)")]
    [InlineData("00 00 FE FF 00 00 00 72 00 00 00 3A", "UTF-32 (big-endian, with a byte order mark)")]
    [InlineData("72 00 00 00 3A 00 00 00 20 00 00 00", "UTF-32 (little-endian)")]
    [InlineData("00 00 00 72 00 00 00 3A 00 00 00 20", "UTF-32 (big-endian)")]
    [InlineData("FF FE 72 00 3A 00", "UTF-16 (little-endian, with a byte order mark)")]
    public void Loading_text_saved_as_utf16_or_utf32_names_its_encoding(string hex, string encoding)
    {
        using var stream = StreamOf(hex);

        var finding = Assert.Single(RegisterLoader.Load(stream, "wide.yaml").Diagnostics);

        Assert.Equal($"The file is {encoding} text, not UTF-8; save it as UTF-8.", finding.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("FE FF 00 72 00 3A")]
    [InlineData("00 00 FE FF 00 00 00 72")]
    [InlineData("00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00")]
    public void A_finding_about_the_whole_file_is_placed_at_its_first_line_and_column(string hex)
    {
        using var stream = StreamOf(hex);

        var finding = Assert.Single(RegisterLoader.Load(stream, "whole.yaml", new LoadOptions { MaxFileSizeBytes = 32 }).Diagnostics);

        Assert.Equal((1, 1), (finding.Line, finding.Column));
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_reported_at_its_first_line_and_column()
    {
        var finding = Assert.Single(RegisterLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "no-such-register.yaml")).Diagnostics);

        Assert.Equal((1, 1), (finding.Line, finding.Column));
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(File.ReadAllBytes(Fixture.Path("minimal.yaml"))).ToArray();
        using var stream = new MemoryStream(bytes);

        Assert.True(RegisterLoader.Load(stream, "bom.yaml").Success);
    }

    [Fact]
    public void GetRegisterOrThrow_on_a_failed_load_names_the_errors()
    {
        var result = RegisterLoader.LoadFile(Fixture.Path("unknown-data-category.yaml"));

        var exception = Assert.Throws<InvalidOperationException>(result.GetRegisterOrThrow);
        Assert.Contains("RPR131", exception.Message, StringComparison.Ordinal);
    }

    private static MemoryStream StreamOf(string hex) => new(Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal)));
}
