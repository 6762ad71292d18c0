using Binatic.ProcessingRegister.Import;

namespace Binatic.ProcessingRegister.Tests.Import;

public sealed class YesNoRecogniserTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("Yes")]
    [InlineData("Y")]
    [InlineData("ja")]
    [InlineData("JA")]
    [InlineData("oui")]
    [InlineData("x")]
    [InlineData("X")]
    [InlineData("TRUE")]
    [InlineData("waar")]
    [InlineData(" Ja. ")]
    public void Yes_is_recognised_in_english_dutch_french_and_as_a_mark(string text)
    {
        Assert.True(YesNoRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("no")]
    [InlineData("No")]
    [InlineData("N")]
    [InlineData("nee")]
    [InlineData("Nee")]
    [InlineData("non")]
    [InlineData("FALSE")]
    [InlineData("onwaar")]
    public void No_is_recognised_in_english_dutch_and_french(string text)
    {
        Assert.False(YesNoRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("misschien")]
    [InlineData("ja, zie DPIA-2023-04")]
    [InlineData("ja/nee")]
    [InlineData("n.v.t.")]
    [InlineData("1")]
    [InlineData("yes no")]
    public void Anything_else_is_neither_yes_nor_no(string text)
    {
        Assert.Null(YesNoRecogniser.Recognise(text));
    }

    [Theory]
    [MemberData(nameof(HostileCells.All), MemberType = typeof(HostileCells))]
    public void Hostile_cells_are_neither_yes_nor_no(string text)
    {
        Assert.Null(HostileCells.Bounded(() => YesNoRecogniser.Recognise(text)));
    }
}
