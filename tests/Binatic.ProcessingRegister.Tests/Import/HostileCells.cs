namespace Binatic.ProcessingRegister.Tests.Import;

/// <summary>Cells no officer would write, which every recogniser must survive without an exception and in bounded time.</summary>
internal static class HostileCells
{
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(5);

    public static TheoryData<string> All => new(
        string.Empty,
        "   \t  ",
        "\0\u0001\u001b[31m\u007f\u200b\uFEFF",
        "\uD800 lone surrogate \uDC00",
        "99999999999999999999999999999 jaar",
        "2147483648 years after 2147483648-2147483648-2147483648",
        "art. 6 lid 99999999999999999999 sub e",
        new string('a', 100_000),
        new string('6', 100_000),
        string.Concat(Enumerable.Repeat("6(1)(", 20_000)),
        string.Concat(Enumerable.Repeat("7 jaar en ", 10_000)),
        string.Concat(Enumerable.Repeat("Verenigde Staten, ", 6_000)),
        string.Concat(Enumerable.Repeat("•;\n- 1. ", 12_500)),
        string.Concat(Enumerable.Repeat("é ", 50_000)),
        "wettelijke verplichting " + new string('(', 100_000),
        "Legal obligation" + string.Concat(Enumerable.Repeat(" under Act", 10_000)),
        "Wettelijke verplichting" + string.Concat(Enumerable.Repeat(": Gemeentewet, ", 6_000)));

    /// <summary>Runs <paramref name="recognise"/> on its own task, so that a hang fails the test instead of blocking the run.</summary>
    public static T Bounded<T>(Func<T> recognise)
    {
        var task = Task.Run(recognise);
        Assert.True(task.Wait(TimeBound), $"The recogniser did not finish within {TimeBound.TotalSeconds} s.");
        return task.Result;
    }
}
