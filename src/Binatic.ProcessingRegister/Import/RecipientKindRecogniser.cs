using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Import;

/// <summary>Recognises what kind of party a recipient is from words in its name.</summary>
internal static class RecipientKindRecogniser
{
    /// <summary>Recognises the kind of recipient.</summary>
    /// <param name="text">The recipient's name.</param>
    /// <returns>The kind, or <see langword="null"/> when the name does not tell.</returns>
    public static RecipientKind? Recognise(string text) => null;

    /// <summary>Gets a value indicating whether the name suggests a processor.</summary>
    /// <param name="text">The name.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public static bool LooksLikeProcessor(string text) => false;
}
