namespace Binatic.ProcessingRegister.Import;

/// <summary>Recognises a Chapter V transfer safeguard as officers write it.</summary>
internal static class SafeguardRecogniser
{
    /// <summary>Recognises the one safeguard <paramref name="text"/> names.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The safeguard, or <see langword="null"/> when none or more than one is named.</returns>
    public static RecognisedSafeguard? Recognise(string text) => null;
}
