namespace Binatic.ProcessingRegister.Import;

/// <summary>Recognises an Art. 6(1) legal basis as officers write it.</summary>
internal static class LegalBasisRecogniser
{
    /// <summary>Recognises the one legal basis <paramref name="text"/> names.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The basis, or <see langword="null"/> when none or more than one is named.</returns>
    public static RecognisedLegalBasis? Recognise(string text) => null;
}
