namespace Binatic.ProcessingRegister.Import;

/// <summary>Recognises retention periods as officers write them.</summary>
internal static class RetentionRecogniser
{
    /// <summary>Recognises the period <paramref name="text"/> states.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period, or <see langword="null"/> when the text states none (a criterion, for instance).</returns>
    public static RecognisedRetention? Recognise(string text) => null;
}
