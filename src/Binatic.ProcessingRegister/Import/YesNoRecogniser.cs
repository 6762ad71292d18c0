namespace Binatic.ProcessingRegister.Import;

/// <summary>Recognises yes and no in English, Dutch and French, and the marks templates use for them ("x", "true").</summary>
internal static class YesNoRecogniser
{
    private static readonly Dictionary<string, bool> Words = new(StringComparer.Ordinal)
    {
        ["yes"] = true, ["y"] = true, ["ja"] = true, ["oui"] = true, ["x"] = true,
        ["true"] = true, ["waar"] = true, ["vrai"] = true,
        ["no"] = false, ["n"] = false, ["nee"] = false, ["non"] = false, ["false"] = false, ["onwaar"] = false,
        ["faux"] = false,
    };

    /// <summary>Recognises yes or no: the whole cell is one of the words, in any case, with punctuation around it ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> for yes, <see langword="false"/> for no, <see langword="null"/> otherwise.</returns>
    public static bool? Recognise(string text) =>
        Tokens.Of(text) is [var word] && Words.TryGetValue(word.Text, out var answer) ? answer : null;
}
