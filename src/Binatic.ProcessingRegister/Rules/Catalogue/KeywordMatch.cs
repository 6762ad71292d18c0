namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// Where in the words of a text a <see cref="Keyword"/> may occur. Dutch writes compounds as one word, and most of
/// them mean something else than their first or last part ("reclamebelasting" is a tax, not advertising), so a
/// keyword is a whole word unless it says otherwise.
/// </summary>
internal enum KeywordMatch
{
    /// <summary>
    /// A whole word or phrase: no letter or digit right before or after it. "reclame" matches "reclame" and
    /// "reclame-uitingen", not "reclamebelasting"; "tracking" matches "location tracking", not "backtracking".
    /// </summary>
    Word,

    /// <summary>
    /// A stem: the keyword starts a word and any letters may follow, for inflections and for the compounds that start
    /// with it: "sollicit" matches "sollicitatie" and "sollicitant", and "locatiegegeven" matches "locatiegegevens" but not
    /// "allocatiegegevens".
    /// </summary>
    WordStart,

    /// <summary>
    /// Anywhere, also inside a word: only for a word that keeps its meaning as any part of a compound and occurs
    /// inside no unrelated word, such as "nieuwsbrie" in "e-mailnieuwsbrief" or "fraude" in "identiteitsfraude".
    /// </summary>
    InsideWords,
}
