using System.Buffers;
using System.Text;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// The keywords one rule looks for, in the order the rule lists them. Most texts mention none of them, so one
/// vectorised pass over the text for all keywords at once rules that out before each keyword is searched for on
/// its own; a 10,000-activity register otherwise costs hundreds of thousands of separate searches.
/// </summary>
internal sealed class KeywordSet
{
    private readonly Keyword[] _keywords;

    // Only for ASCII keywords: for ASCII text they match exactly where an ordinal case-insensitive search does.
    // Non-ASCII text (where, for one, 'ſ' equals 's' ignoring case) always takes the keyword-by-keyword path.
    private readonly SearchValues<string>? _screen;

    public KeywordSet(IEnumerable<Keyword> keywords)
    {
        _keywords = [.. keywords];
        _screen = _keywords.All(keyword => Ascii.IsValid(keyword.Text))
            ? SearchValues.Create([.. _keywords.Select(keyword => keyword.Text)], StringComparison.OrdinalIgnoreCase)
            : null;
    }

    /// <summary>Gets a set of plain words, each standing for itself and matching inside words.</summary>
    public static KeywordSet Of(params string[] words) => new(words.Select(word => new Keyword(word, word)));

    /// <summary>Gets the keywords that occur in <paramref name="normalised"/>, in the order of the set.</summary>
    public IEnumerable<Keyword> In(string normalised) => CannotOccurIn(normalised) ? [] : _keywords.Where(keyword => keyword.Occurs(normalised));

    /// <summary>Gets a value indicating whether any keyword occurs in <paramref name="normalised"/>.</summary>
    public bool AnyIn(string normalised) => !CannotOccurIn(normalised) && Array.Exists(_keywords, keyword => keyword.Occurs(normalised));

    private bool CannotOccurIn(string text) =>
        _screen is not null && Ascii.IsValid(text) && text.AsSpan().IndexOfAny(_screen) < 0;
}
