using System.Collections.Immutable;
using Binatic.ProcessingRegister.Facts;

namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// Recognises countries by code ("US", "USA", "UK", "EL") or by name in English, Dutch or French ("Verenigde Staten",
/// "États-Unis"), from the table in <see cref="CountryNames"/>.
/// </summary>
/// <remarks>
/// In free text a code counts only when written in capitals, or when it is the whole cell: otherwise the Dutch "in",
/// the German "de" and the English "it" would be India, Germany and Italy. For the same reason "NO" in capitals is
/// Norway while "no" is the answer no.
/// </remarks>
internal static class CountryRecogniser
{
    private static readonly PhraseTable<string> Names = new(
        CountryNames.All
            .SelectMany(c => c.Names.Select(name => (string.Join(' ', Tokens.Of(name).Select(t => t.Text)), c.Code)))
            .Distinct()); // "Egypte" and "Égypte" are one name once folded; a name of two countries still throws.

    private static readonly Dictionary<string, string> Codes = CountryNames.All
        .SelectMany(c => c.OtherCodes.Append(c.Code).Append(c.Alpha3).Select(code => (Code: code.ToLowerInvariant(), c.Code)))
        .ToDictionary(p => p.Code, p => p.Item2, StringComparer.Ordinal);

    // Words that say the data stays inside the EEA or that there is no transfer; one of these makes a cell "none".
    private static readonly HashSet<string> NoneWords = new(StringComparer.Ordinal)
    {
        "eu", "eer", "eea", "ue", "eee", "europe", "europa", "geen", "none", "nee", "no", "non", "nvt", "neant",
        "aucun", "aucune", "toepassing", "applicable", "objet", "nil",
    };

    // Words that may stand beside those without changing what they say ("niet van toepassing", "binnen de EU").
    private static readonly HashSet<string> NoneFillers = new(StringComparer.Ordinal)
    {
        "binnen", "within", "inside", "in", "dans", "de", "het", "the", "l", "la", "only", "alleen", "uniquement",
        "transfer", "transfers", "doorgifte", "doorgiften", "transfert", "transferts", "pas", "van", "niet", "not",
        "sans", "n", "v", "t", "a", "europese", "european", "unie", "union", "europeenne", "economic", "economische",
        "ruimte", "area", "espace", "economique", "europeen", "third", "derde", "countries", "country", "landen", "land",
        "pays", "tiers",
    };

    // Words that turn "the EU" into "outside the EU": allowed only beside a negation ("geen doorgifte buiten de EU").
    private static readonly HashSet<string> Outside = new(StringComparer.Ordinal) { "buiten", "outside", "beyond", "hors" };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "geen", "none", "no", "nee", "non", "niet", "not", "aucun", "aucune", "neant", "nvt", "nil",
    };

    // Words that join the countries of a list: "Verenigde Staten en India", "US and UK".
    private static readonly HashSet<string> Joiners = new(JoiningWords.And.Concat(JoiningWords.Or), StringComparer.Ordinal)
    {
        "plus", "naar", "to", "in", "vers",
    };

    /// <summary>Recognises the one country <paramref name="text"/> is.</summary>
    /// <param name="text">The text: a code or a name, and nothing else.</param>
    /// <returns>The ISO 3166-1 alpha-2 code in capitals, or <see langword="null"/>.</returns>
    public static string? Recognise(string text)
    {
        var read = Read(text);
        return read is { Codes: [var code], Unrecognised: [] } ? code : null;
    }

    /// <summary>Finds every country named in a free-text cell.</summary>
    /// <param name="text">The cell's text.</param>
    /// <returns>The codes, in order, without repeats.</returns>
    public static ImmutableArray<string> Countries(string text) => Read(text).Codes;

    /// <summary>Finds every country named in a free-text cell, and the parts that name none, for the caller to report.</summary>
    /// <param name="text">The cell's text.</param>
    /// <returns>The codes and the unrecognised parts as written.</returns>
    public static RecognisedCountries Read(string text)
    {
        var tokens = Tokens.Of(text);
        var codes = new List<string>();
        var unrecognised = new List<string>();
        var run = -1;
        var position = 0;
        while (position < tokens.Count)
        {
            var token = tokens[position];
            var name = Names.Longest(tokens, position);
            string? code = name?.Value
                ?? ((token.IsUpperCase || tokens.Count == 1) && Codes.TryGetValue(token.Text, out var found) ? found : null);
            if (code is null && !Joiners.Contains(token.Text) && !NoneWords.Contains(token.Text))
            {
                run = run < 0 ? position : run;
                position++;
                continue;
            }

            Flush(text, tokens, ref run, position, unrecognised);
            if (code is not null && !codes.Contains(code))
            {
                codes.Add(code);
            }

            position += name?.Count ?? 1;
        }

        Flush(text, tokens, ref run, tokens.Count, unrecognised);
        return new RecognisedCountries([.. codes], [.. unrecognised]);
    }

    /// <summary>
    /// Gets a value indicating whether <paramref name="text"/> says there is no transfer to a third country: "EU",
    /// "EER", "geen", "none", "n.v.t.", "niet van toepassing", "néant", "aucun". An empty cell says nothing and is not
    /// "none".
    /// </summary>
    /// <param name="text">The cell's text.</param>
    /// <returns><see langword="true"/> when the text means no third country.</returns>
    public static bool IsNone(string text)
    {
        var tokens = Tokens.Of(text);
        var joined = string.Concat(tokens.Select(t => t.Text));
        if (joined is "nvt" or "na")
        {
            return true;
        }

        // "NO" in capitals is Norway (see the remarks), so it does not say "none".
        bool IsNoneWord(Token t) => NoneWords.Contains(t.Text) && !(t.IsUpperCase && t.Text == "no");
        var outside = tokens.Any(t => Outside.Contains(t.Text));
        return tokens.Any(IsNoneWord)
            && tokens.All(t => IsNoneWord(t) || NoneFillers.Contains(t.Text) || Outside.Contains(t.Text))
            && (!outside || tokens.Any(t => Negations.Contains(t.Text)));
    }

    private static void Flush(string text, List<Token> tokens, ref int run, int end, List<string> unrecognised)
    {
        if (run >= 0)
        {
            unrecognised.Add(text[tokens[run].Start..tokens[end - 1].End]);
            run = -1;
        }
    }
}
