using Binatic.ProcessingRegister.Cli.LanguageServer;
using Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;
using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.LanguageServer;

/// <summary>How the language server finds LSP places in a document's text.</summary>
public sealed class TextLinesTests
{
    private static readonly TextLines Lines = new("register:\r\n  language: nl\nactivities: []");

    [Fact]
    public void A_line_is_read_without_its_line_break_whether_it_ends_in_LF_or_CRLF()
    {
        Assert.Equal(["register:", "  language: nl", "activities: []"], [Lines.LineOf(0), Lines.LineOf(1), Lines.LineOf(2)]);
    }

    [Fact]
    public void A_position_past_the_end_of_its_line_is_clamped_to_the_line_s_end()
    {
        Assert.Equal("register:\r\n  language: nl".Length, Lines.OffsetOf(new Position(1, 99)));
    }

    [Fact]
    public void A_position_past_the_last_line_is_the_end_of_the_text()
    {
        Assert.Equal(Lines.Text.Length, Lines.OffsetOf(new Position(7, 0)));
    }

    [Fact]
    public void A_finding_without_a_span_is_underlined_to_the_end_of_the_word_it_starts_at()
    {
        var range = Lines.RangeOf(new SourceLocation("r.yaml", 2, 13, 2, 13));

        Assert.Equal(new TextRange(new Position(1, 12), new Position(1, 14)), range);
    }
}
