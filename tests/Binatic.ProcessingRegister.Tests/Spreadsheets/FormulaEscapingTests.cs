using Binatic.ProcessingRegister.Spreadsheets;
using CsCheck;

namespace Binatic.ProcessingRegister.Tests.Spreadsheets;

public sealed class FormulaEscapingTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example\",\"x\")")]
    [InlineData("+31 20 123 4567")]
    [InlineData("-")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tleading tab")]
    [InlineData("\rleading carriage return")]
    public void Text_a_spreadsheet_could_take_for_a_formula_gets_a_leading_apostrophe(string text)
    {
        Assert.Equal("'" + text, FormulaEscaping.Escape(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Salarisadministratie")]
    [InlineData(" =not at the start")]
    [InlineData("'")]
    [InlineData("'quoted'")]
    [InlineData("\nleading line feed")]
    public void Other_text_is_written_as_it_is(string text)
    {
        Assert.Equal(text, FormulaEscaping.Escape(text));
    }

    [Fact]
    public void Text_that_already_starts_with_an_apostrophe_and_a_formula_character_gets_one_more_apostrophe()
    {
        Assert.Equal("''=x", FormulaEscaping.Escape("'=x"));
    }

    [Theory]
    [InlineData("'=SUM(A1:A3)", "=SUM(A1:A3)")]
    [InlineData("''=x", "'=x")]
    [InlineData("'-", "-")]
    [InlineData("'quoted'", "'quoted'")]
    [InlineData("'", "'")]
    public void Unescaping_removes_only_the_apostrophe_escaping_added(string read, string expected)
    {
        Assert.Equal(expected, FormulaEscaping.Unescape(read));
    }

    [Fact]
    public void Unescaping_what_was_escaped_gives_back_the_text()
    {
        var text = Gen.String[Gen.Char["=+-@\t\r'a \n"], 0, 6];

        text.Sample(value => Assert.Equal(value, FormulaEscaping.Unescape(FormulaEscaping.Escape(value))));
    }

    [Fact]
    public void Escaped_text_never_starts_with_a_formula_character()
    {
        var text = Gen.String[Gen.Char["=+-@\t\r'a"], 1, 6];

        text.Sample(value => Assert.DoesNotContain(FormulaEscaping.Escape(value)[0], "=+-@\t\r"));
    }
}
