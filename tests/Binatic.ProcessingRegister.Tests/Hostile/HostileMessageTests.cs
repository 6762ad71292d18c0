using System.Globalization;
using Binatic.ProcessingRegister.Cli;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Tests.Rules;

namespace Binatic.ProcessingRegister.Tests.Hostile;

/// <summary>Findings on hostile text stay located where an editor can show them, and readable on one line.</summary>
public sealed class HostileMessageTests
{
    [Fact]
    public void A_syntax_error_at_the_end_of_a_file_without_a_final_line_break_is_located_on_its_last_line()
    {
        var finding = Assert.Single(RegisterLoader.Parse("controller:\n  name: [Voorbeeld", "broken.yaml").Diagnostics);

        // Just past the last character, where an editor puts the cursor at the end of the file.
        Assert.Equal((2, 19), (finding.Line, finding.Column));
    }

    [Fact]
    public void An_id_with_a_line_break_is_quoted_on_one_line()
    {
        var finding = Assert.Single(
            RegisterLoader.Parse("dataCategories:\n  - id: \"naam\\nadres\"\n    name: naam\n", "id.yaml").Diagnostics,
            d => d.RuleId == DiagnosticIds.InvalidFormat);

        Assert.Contains("'naam\\nadres'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kl\u0430nten", "'kl\\u0430nten'")]
    [InlineData("na\u200bam", "'na\\u200Bam'")]
    [InlineData("\u202Enaam", "'\\u202Enaam'")]
    public void A_look_alike_or_invisible_character_in_an_id_is_shown_as_its_code(string id, string shown)
    {
        var finding = Assert.Single(
            RegisterLoader.Parse($"dataCategories:\n  - id: \"{id}\"\n    name: naam\n", "id.yaml").Diagnostics,
            d => d.RuleId == DiagnosticIds.InvalidFormat);

        Assert.Contains(shown, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accented_letters_in_text_are_shown_as_they_are()
    {
        var finding = Assert.Single(
            RegisterLoader.Parse("dataCategories:\n  - id: \"café\"\n    name: naam\n", "id.yaml").Diagnostics,
            d => d.RuleId == DiagnosticIds.InvalidFormat);

        Assert.Contains("'café'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("github")]
    [InlineData("sarif")]
    [InlineData("json")]
    public void Validating_the_control_character_file_prints_no_invisible_character_in_any_format(string format)
    {
        var (output, _) = Validate("control-characters-in-names.yaml", format);

        // JSON escapes the code's backslash in its turn.
        Assert.Contains(@"u001B[31mment", output, StringComparison.Ordinal);
        Assert.Contains(@"u202Ekrow", output, StringComparison.Ordinal);
        Assert.DoesNotContain(output, c => (char.IsControl(c) && c is not '\n' and not '\r') || char.GetUnicodeCategory(c) == UnicodeCategory.Format);
    }

    private static (string Output, string Error) Validate(string name, string format)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        CommandLineApp.Run(["validate", Path.Combine(HostileCorpus.Folder, name), "--format", format], output, error, RuleFixture.Clock);
        return (output.ToString(), error.ToString());
    }
}
