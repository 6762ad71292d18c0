using System.Collections.Immutable;

namespace Binatic.ProcessingRegister.Import;

/// <summary>Recognises countries by code or by name in English, Dutch or French.</summary>
internal static class CountryRecogniser
{
    /// <summary>Recognises the one country <paramref name="text"/> is.</summary>
    /// <param name="text">The text: a code or a name.</param>
    /// <returns>The ISO 3166-1 alpha-2 code in capitals, or <see langword="null"/>.</returns>
    public static string? Recognise(string text) => null;

    /// <summary>Finds every country named in a free-text cell.</summary>
    /// <param name="text">The cell's text.</param>
    /// <returns>The codes, in order, without repeats.</returns>
    public static ImmutableArray<string> Countries(string text) => Read(text).Codes;

    /// <summary>Finds every country named in a free-text cell, and the parts that name none.</summary>
    /// <param name="text">The cell's text.</param>
    /// <returns>The codes and the unrecognised parts.</returns>
    public static RecognisedCountries Read(string text) => new([], []);

    /// <summary>Gets a value indicating whether <paramref name="text"/> says there is no transfer ("EU", "geen", "n.v.t.").</summary>
    /// <param name="text">The cell's text.</param>
    /// <returns><see langword="true"/> when the text means no third country.</returns>
    public static bool IsNone(string text) => false;
}
