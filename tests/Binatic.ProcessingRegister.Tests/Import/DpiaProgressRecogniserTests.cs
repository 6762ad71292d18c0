using Binatic.ProcessingRegister.Import;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Import;

public sealed class DpiaProgressRecogniserTests
{
    [Theory]
    [InlineData("Not started", DpiaStatus.Required)]
    [InlineData("niet gestart", DpiaStatus.Required)]
    [InlineData("In progress", DpiaStatus.InProgress)]
    [InlineData("Lopend", DpiaStatus.InProgress)]
    [InlineData("En cours", DpiaStatus.InProgress)]
    [InlineData("Completed", DpiaStatus.Completed)]
    [InlineData("Afgerond", DpiaStatus.Completed)]
    public void The_stage_of_an_assessment_is_recognised_in_english_dutch_and_french(string text, DpiaStatus status)
    {
        Assert.Equal(status, DpiaProgressRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("Started, then completed")]
    [InlineData("Waiting for the supplier")]
    public void Two_stages_or_none_are_not_guessed_at(string text)
    {
        Assert.Null(DpiaProgressRecogniser.Recognise(text));
    }
}
