using System.Text;
using Binatic.ProcessingRegister.Facts;

namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// Splits a cell into folded words and numbers. Everything that is not a letter or a digit separates them, so
/// "6.1.f", "6(1)(f)" and "6 lid 1 sub f" all become the same kind of sequence, and control characters, punctuation
/// and stray symbols cannot break a match; one linear pass, whatever the input.
/// </summary>
internal static class Tokens
{
    /// <summary>Gets the tokens of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The tokens, in order.</returns>
    public static List<Token> Of(string text)
    {
        var tokens = new List<Token>();
        var builder = new StringBuilder();
        var position = 0;
        while (position < text.Length)
        {
            if (!char.IsLetterOrDigit(text[position]))
            {
                position++;
                continue;
            }

            var start = position;
            var upper = true;
            builder.Clear();
            while (position < text.Length && char.IsLetterOrDigit(text[position]))
            {
                upper &= !char.IsLower(text[position]);
                Folding.Append(text[position], builder);
                position++;
            }

            tokens.Add(new Token(builder.ToString(), start, position, upper));
        }

        return tokens;
    }
}
