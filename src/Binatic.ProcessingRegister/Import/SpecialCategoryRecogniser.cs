using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Import;

/// <summary>Recognises the special categories of Art. 9(1) and criminal offence data (Art. 10).</summary>
internal static class SpecialCategoryRecogniser
{
    /// <summary>Recognises the one special category <paramref name="text"/> names.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The category, or <see langword="null"/>.</returns>
    public static SpecialCategory? Recognise(string text) => null;

    /// <summary>Gets a value indicating whether <paramref name="text"/> names criminal offence data (Art. 10).</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public static bool IsCriminalOffenceData(string text) => false;
}
