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
        Assert.Equal("Voorbeeld BV", register.Controller.Contact.Name);
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
        Assert.False(finding.Location.HasPosition);
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
}
