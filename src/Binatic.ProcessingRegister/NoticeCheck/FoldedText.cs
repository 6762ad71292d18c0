using System.Text;
using Binatic.ProcessingRegister.Facts;

namespace Binatic.ProcessingRegister.NoticeCheck;

/// <summary>
/// Text folded for matching a register's words against a notice's: lower case and accents removed as the import folds
/// them (<see cref="Folding"/>), every run of punctuation and white space one space, apostrophes inside a word dropped (<c>hobby’s</c>), and each word cut to a
/// simple stem so that Dutch and English plurals meet their singular (<c>-en</c>, <c>-s</c>, <c>-ies</c>). The value
/// starts and ends with a space, so that a folded phrase found in it is always a run of whole words.
/// </summary>
internal sealed class FoldedText
{
    private FoldedText(string value, int[] map)
    {
        Value = value;
        Map = map;
    }

    /// <summary>Gets the folded text, with a space before and after.</summary>
    public string Value { get; }

    /// <summary>Gets, for each character of <see cref="Value"/>, the index of the character of the original text it came from.</summary>
    public int[] Map { get; }

    /// <summary>Gets the number of words.</summary>
    public int Words => Value.Count(c => c == ' ') - 1;

    public static FoldedText Of(string text)
    {
        var value = new StringBuilder(text.Length + 2);
        var map = new List<int>(text.Length + 2);
        var word = new StringBuilder();
        var wordMap = new List<int>();
        value.Append(' ');
        map.Add(0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                AppendFolded(c, i, word, wordMap);
            }
            else if (IsApostrophe(c) && word.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // "hobby’s", "company's": the apostrophe belongs to the word.
            }
            else
            {
                EndWord(value, map, word, wordMap, i);
            }
        }

        EndWord(value, map, word, wordMap, text.Length == 0 ? 0 : text.Length - 1);
        return new FoldedText(value.ToString(), [.. map]);
    }

    /// <summary>Gets the phrase <paramref name="text"/> folded, with a space before and after, or null when it has no word.</summary>
    public static string? Phrase(string? text) =>
        text is null ? null : Of(text).Value is { Length: > 2 } folded ? folded : null;

    /// <summary>Gets the index in the original text where <paramref name="phrase"/> (as <see cref="Phrase"/> folds it) starts, or -1.</summary>
    public int Find(string phrase)
    {
        var at = Value.IndexOf(phrase, StringComparison.Ordinal);
        return at < 0 ? -1 : Map[Math.Min(at + 1, Map.Length - 1)];
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or '`';

    private static void AppendFolded(char c, int index, StringBuilder word, List<int> wordMap)
    {
        // A letter that folds to two ("ß" to "ss") maps both back to itself.
        Folding.Append(c, word);
        while (wordMap.Count < word.Length)
        {
            wordMap.Add(index);
        }
    }

    private static void EndWord(StringBuilder value, List<int> map, StringBuilder word, List<int> wordMap, int index)
    {
        if (word.Length > 0)
        {
            var length = StemLength(word);
            for (var i = 0; i < length; i++)
            {
                value.Append(word[i]);
                map.Add(wordMap[i]);
            }

            value.Append(' ');
            map.Add(index);
            word.Clear();
            wordMap.Clear();
        }
    }

    // A stem, not a lemma: both sides are cut the same way, so "ontvangers" meets "ontvanger" and "categories" meets
    // "category"; a word cut wrongly is cut wrongly on both sides.
    private static int StemLength(StringBuilder word)
    {
        var length = word.Length;
        if (length > 4 && word[length - 3] == 'i' && word[length - 2] == 'e' && word[length - 1] == 's')
        {
            word[length - 3] = 'y';
            return length - 2;
        }

        if (length > 5 && word[length - 2] == 'e' && word[length - 1] == 'n')
        {
            return length - 2;
        }

        if (length > 3 && word[length - 1] == 's' && word[length - 2] != 's')
        {
            return length - 1;
        }

        return length;
    }
}
