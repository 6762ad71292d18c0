namespace Binatic.ProcessingRegister.Import;

/// <summary>A word or number of a cell, folded, with where it stands in the cell as written.</summary>
/// <param name="Text">The word, lower case without diacritics.</param>
/// <param name="Start">The index of its first character in the original text.</param>
/// <param name="End">The index just past its last character in the original text.</param>
/// <param name="IsUpperCase">Whether it was written in capitals only, as a country code is ("US", "IN").</param>
internal readonly record struct Token(string Text, int Start, int End, bool IsUpperCase)
{
    /// <summary>Gets a value indicating whether the token is digits only.</summary>
    public bool IsNumber => Text.Length > 0 && Text.All(char.IsAsciiDigit);

    /// <summary>Gets a value indicating whether the token is one letter, as a point of an article is ("(b)").</summary>
    public bool IsSingleLetter => Text.Length == 1 && char.IsAsciiLetterLower(Text[0]);
}
