namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// A word or phrase a rule looks for, with what it stands for in messages. By default it matches only as a whole
/// word (<see cref="KeywordMatch.Word"/>), so that it is not found inside unrelated Dutch compounds, such as
/// "reclame" inside "reclamebelasting" or "locatie" inside "allocatie"; <paramref name="Match"/> widens that for a stem
/// or for a word that keeps its meaning inside compounds. Matching ignores case (ordinal).
/// </summary>
/// <param name="Text">The word or phrase, in the form the text writes it.</param>
/// <param name="Meaning">What the keyword stands for in a rule's message.</param>
/// <param name="Match">Where in the words of a text it may occur.</param>
internal sealed record Keyword(string Text, string Meaning, KeywordMatch Match = KeywordMatch.Word)
{
    private readonly string[] _except = [];

    /// <summary>Initializes a new instance of the <see cref="Keyword"/> class that stands for itself.</summary>
    /// <param name="text">The word or phrase, in the form the text writes it.</param>
    /// <param name="match">Where in the words of a text it may occur.</param>
    public Keyword(string text, KeywordMatch match = KeywordMatch.Word)
        : this(text, text, match)
    {
    }

    /// <summary>
    /// Gets the phrases in which the keyword means something else, for the open compounds of English and the idioms
    /// that a word match cannot tell apart: "vacancy" is a job except in "vacancy rate". Each contains
    /// <see cref="Text"/>; an occurrence that is part of one of them does not count.
    /// </summary>
    public string[] Except
    {
        get => _except;
        init
        {
            foreach (var phrase in value)
            {
                if (!phrase.Contains(Text, StringComparison.OrdinalIgnoreCase))
                {
                    throw new ArgumentException($"The exception '{phrase}' does not contain the keyword '{Text}'.", nameof(value));
                }
            }

            _except = value;
        }
    }

    /// <summary>Gets a value indicating whether the keyword occurs in <paramref name="text"/> where its <see cref="Match"/> allows.</summary>
    public bool Occurs(string text)
    {
        for (var at = text.IndexOf(Text, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(Text, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (StartsRight(text, at) && EndsRight(text, at + Text.Length) && !InException(text, at))
            {
                return true;
            }
        }

        return false;
    }

    // A boundary matters only where the keyword itself has a letter or digit: "e.g." ends in a full stop, which
    // anything may follow.
    private bool StartsRight(string text, int at) =>
        Match == KeywordMatch.InsideWords || at == 0 || !char.IsLetterOrDigit(Text[0]) || !char.IsLetterOrDigit(text[at - 1]);

    private bool EndsRight(string text, int end) =>
        Match != KeywordMatch.Word || end == text.Length || !char.IsLetterOrDigit(Text[^1]) || !char.IsLetterOrDigit(text[end]);

    private bool InException(string text, int at)
    {
        foreach (var phrase in _except)
        {
            var start = at - phrase.IndexOf(Text, StringComparison.OrdinalIgnoreCase);
            if (start >= 0 && text.AsSpan(start).StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
