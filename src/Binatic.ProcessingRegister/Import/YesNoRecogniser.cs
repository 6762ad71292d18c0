namespace Binatic.ProcessingRegister.Import;

/// <summary>Recognises yes and no in English, Dutch and French.</summary>
internal static class YesNoRecogniser
{
    /// <summary>Recognises yes or no.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> for yes, <see langword="false"/> for no, <see langword="null"/> otherwise.</returns>
    public static bool? Recognise(string text) => null;
}
