using System.Buffers;
using System.Text;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// The keywords one rule looks for, in the order the rule lists them. Most texts mention none of them, so one
/// vectorised pass over the text for all keywords at once rules that out before each keyword is searched for on
/// its own; a 10,000-activity register otherwise costs hundreds of thousands of separate searches. The pass looks
/// for the keywords' texts anywhere, which every match of every <see cref="KeywordMatch"/> contains; only a text it
/// does not rule out is read for whole words, stems and exceptions.
/// </summary>
internal sealed class KeywordSet
{
    /// <summary>
    /// How many texts a set reads keyword by keyword before it builds its screen. The screen pays off on a large
    /// register, but building it, and compiling its vectorised search, cost about 10 ms at every start of the tool,
    /// more than a small register's whole review.
    /// </summary>
    internal const int TextsBeforeScreen = 256;

    /// <summary>The shortest beginning of a word that keywords must share to be screened for by it.</summary>
    internal const int SharedPartLength = 6;

    private readonly Keyword[] _keywords;

    // Only for ASCII keywords: for ASCII text they match exactly where an ordinal case-insensitive search does.
    // Non-ASCII text (where, for one, 'ſ' equals 's' ignoring case) always takes the keyword-by-keyword path.
    private readonly bool _screenable;
    private SearchValues<string>? _screen;
    private int _texts;

    public KeywordSet(IEnumerable<Keyword> keywords)
    {
        _keywords = [.. keywords];
        _screenable = _keywords.All(keyword => Ascii.IsValid(keyword.Text));
    }

    /// <summary>Gets a set of plain words or phrases, each standing for itself and matching as <paramref name="match"/> says.</summary>
    public static KeywordSet Of(KeywordMatch match, params string[] words) => new(words.Select(word => new Keyword(word, match)));

    /// <summary>Gets the keywords that occur in <paramref name="normalised"/>, in the order of the set.</summary>
    public IEnumerable<Keyword> In(string normalised) => CannotOccurIn(normalised) ? [] : Occurring(normalised);

    /// <summary>Gets a value indicating whether any keyword occurs in <paramref name="normalised"/>.</summary>
    public bool AnyIn(string normalised)
    {
        // A loop, not a lambda: one would capture the text, and so allocate a closure and a delegate on every call,
        // even for the texts the screen rules out. The rules ask about every activity and nearly always find nothing.
        if (CannotOccurIn(normalised))
        {
            return false;
        }

        foreach (var keyword in _keywords)
        {
            if (keyword.Occurs(normalised))
            {
                return true;
            }
        }

        return false;
    }

    private IEnumerable<Keyword> Occurring(string normalised)
    {
        foreach (var keyword in _keywords)
        {
            if (keyword.Occurs(normalised))
            {
                yield return keyword;
            }
        }
    }

    // The screen only rules texts out, so a text read before it exists gets the same answer. Rules read texts on
    // several threads; two of them may build the screen at once, and either one serves.
    private bool CannotOccurIn(string text)
    {
        var screen = Volatile.Read(ref _screen);
        if (screen is null && _screenable && Interlocked.Increment(ref _texts) > TextsBeforeScreen)
        {
            screen = SearchValues.Create(ScreenNeedles(_keywords.Select(keyword => keyword.Text)), StringComparison.OrdinalIgnoreCase);
            Volatile.Write(ref _screen, screen);
        }

        return screen is not null && Ascii.IsValid(text) && text.AsSpan().IndexOfAny(screen) < 0;
    }

    /// <summary>
    /// Gets fewer, shorter texts to screen for, each keyword containing at least one of them, so that a text without
    /// any of them contains no keyword. The vectorised search slows down with the number of texts it looks for, and a
    /// rule that lists the phrases it means ("location data", "location history") rather than a bare word lists many
    /// that start alike. So stems that begin one word of at least <see cref="SharedPartLength"/> letters are screened
    /// for by that stem ("locatiegegeven", "locatiedata" and "location data" by "locati"), and a text is left out
    /// when every keyword that contains it contains another ("customer profil" beside "profil"). Only beginnings are
    /// shared: the search looks for the first letters of each text, and the ends of words ("bepaling", "score") begin
    /// with letters that most texts contain. A text the screen lets through is still read keyword by keyword.
    /// </summary>
    internal static string[] ScreenNeedles(IEnumerable<string> keywords)
    {
        var texts = keywords.Select(keyword => keyword.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var needles = SharedStems(texts);
        foreach (var needle in needles.OrderByDescending(needle => needle.Length).ThenBy(needle => needle, StringComparer.Ordinal).ToList())
        {
            if (texts.TrueForAll(text => !text.Contains(needle, StringComparison.Ordinal) || needles.Exists(other => other != needle && text.Contains(other, StringComparison.Ordinal))))
            {
                needles.Remove(needle);
            }
        }

        return [.. needles];
    }

    // Sorted, neighbours that begin with the same part of one word, of at least SharedPartLength letters, become
    // that part ("hiring process" and "hiring staff" become "hiring"). A part that spans words ("hiring of") is cut
    // at its first space, or not shared: its second word would not narrow the screen by much.
    private static List<string> SharedStems(List<string> texts)
    {
        var sorted = texts.Order(StringComparer.Ordinal).ToList();
        var stems = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var stem = sorted[i];
            var next = i + 1;
            for (; next < sorted.Count; next++)
            {
                var part = stem[..stem.AsSpan().CommonPrefixLength(sorted[next])].TrimEnd(' ');
                if (part.Length < SharedPartLength || part.Contains(' ', StringComparison.Ordinal))
                {
                    break;
                }

                stem = part;
            }

            stems.Add(stem);
            i = next;
        }

        return stems;
    }
}
