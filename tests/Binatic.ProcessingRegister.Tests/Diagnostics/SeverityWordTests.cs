using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Diagnostics;

public sealed class SeverityWordTests
{
    [Theory]
    [InlineData(DiagnosticSeverity.Error, "error")]
    [InlineData(DiagnosticSeverity.Warning, "warning")]
    [InlineData(DiagnosticSeverity.Info, "info")]
    public void Each_severity_has_its_word_in_lower_case(DiagnosticSeverity severity, string word)
    {
        Assert.Equal(word, SeverityWord.Of(severity));
    }

    [Fact]
    public void A_severity_the_enum_does_not_define_is_written_as_its_number()
    {
        Assert.Equal("7", SeverityWord.Of((DiagnosticSeverity)7));
    }

    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("Warning", DiagnosticSeverity.Warning)]
    [InlineData("INFO", DiagnosticSeverity.Info)]
    public void A_word_is_read_back_ignoring_case(string word, DiagnosticSeverity severity)
    {
        Assert.True(SeverityWord.TryParse(word, out var read));
        Assert.Equal(severity, read);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("note")]
    [InlineData("")]
    [InlineData(null)]
    public void A_word_that_names_no_severity_is_not_read(string? word)
    {
        Assert.False(SeverityWord.TryParse(word, out _));
    }

    [Fact]
    public void A_finding_is_printed_with_its_severity_word()
    {
        var finding = new Diagnostic("RPR013", DiagnosticSeverity.Warning, "Message.", SourceLocation.StartOfFile("a.yaml"), string.Empty);

        Assert.Contains($": {SeverityWord.Of(DiagnosticSeverity.Warning)} RPR013: ", finding.ToString(), StringComparison.Ordinal);
    }
}
