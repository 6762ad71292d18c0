using System.Globalization;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// Recognises retention periods as officers write them in English, Dutch and French: "7 jaar", "10 jaar na
/// beëindiging", "six months", "3 ans à compter de la fin de la relation contractuelle", "1 jaar en 6 maanden",
/// "blijvend bewaren". A text that states a criterion without a number ("zolang de klantrelatie duurt") or two
/// separate periods is not guessed at: the import keeps it as the rule's description.
/// </summary>
internal static class RetentionRecogniser
{
    private enum Unit
    {
        Years,
        Months,
        Weeks,
        Days,
    }

    private static readonly PhraseTable<Unit> Units = new(
    [
        ("jaar", Unit.Years), ("jaren", Unit.Years), ("year", Unit.Years), ("years", Unit.Years), ("yr", Unit.Years),
        ("yrs", Unit.Years), ("an", Unit.Years), ("ans", Unit.Years), ("annee", Unit.Years), ("annees", Unit.Years),
        ("maand", Unit.Months), ("maanden", Unit.Months), ("month", Unit.Months), ("months", Unit.Months), ("mois", Unit.Months),
        ("week", Unit.Weeks), ("weken", Unit.Weeks), ("weeks", Unit.Weeks), ("semaine", Unit.Weeks), ("semaines", Unit.Weeks),
        ("dag", Unit.Days), ("dagen", Unit.Days), ("day", Unit.Days), ("days", Unit.Days), ("jour", Unit.Days), ("jours", Unit.Days),
    ]);

    private static readonly PhraseTable<int> NumberWords = new(
    [
        ("een", 1), ("one", 1), ("a", 1), ("un", 1), ("une", 1),
        ("twee", 2), ("two", 2), ("deux", 2),
        ("drie", 3), ("three", 3), ("trois", 3),
        ("vier", 4), ("four", 4), ("quatre", 4),
        ("vijf", 5), ("five", 5), ("cinq", 5),
        ("zes", 6), ("six", 6),
        ("zeven", 7), ("seven", 7), ("sept", 7),
        ("acht", 8), ("eight", 8), ("huit", 8),
        ("negen", 9), ("nine", 9), ("neuf", 9),
        ("tien", 10), ("ten", 10), ("dix", 10),
        ("elf", 11), ("eleven", 11), ("onze", 11),
        ("twaalf", 12), ("twelve", 12), ("douze", 12),
    ]);

    // Words after which the text names the event the period counts from.
    private static readonly PhraseTable<bool> FromMarkers = new(
    [
        ("na", true), ("vanaf", true), ("nadat", true), ("after", true), ("from", true), ("following", true),
        ("a compter de", true), ("a compter du", true), ("a partir de", true), ("a partir du", true), ("apres", true),
    ]);

    private static readonly PhraseTable<bool> Permanent = new(
    [
        ("permanent", true), ("permanente", true), ("permanently", true), ("blijvend", true), ("blijvend bewaren", true),
        ("onbeperkt", true), ("onbepaalde tijd", true), ("indefinitely", true), ("indefinite", true),
        ("conservation definitive", true), ("definitive", true), ("definitief", true), ("illimitee", true),
    ]);

    // "2 tot 5 jaar", "2 to 5 years", "2 à 5 ans", "2 of 3 jaar": a range is not one period.
    private static readonly HashSet<string> RangeWords = new(JoiningWords.Or, StringComparer.Ordinal) { "tot", "to", "a", "until", "till" };

    // The schema allows at most four digits in each number of a period.
    private const int LargestNumber = 9999;

    /// <summary>Recognises the period <paramref name="text"/> states, the event it counts from, or that it is permanent.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The retention, or <see langword="null"/> when the text states no period, or more than one.</returns>
    public static RecognisedRetention? Recognise(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length <= 30 && IsoPeriod.TryParse(trimmed.ToUpperInvariant(), out var iso)
            && Math.Max(Math.Max(iso.Years, iso.Months), Math.Max(iso.Weeks, iso.Days)) <= LargestNumber)
        {
            return new RecognisedRetention(iso, null, false);
        }

        var tokens = Tokens.Of(text);
        var quantities = Quantities(tokens);
        var permanent = Permanent.Matches(tokens).Count > 0;
        if (quantities.Count == 0)
        {
            return permanent ? new RecognisedRetention(null, null, true) : null;
        }

        if (permanent || !TryCombine(tokens, quantities, out var period, out var end))
        {
            return null;
        }

        return new RecognisedRetention(period, From(text, tokens, end), false);
    }

    // Every "number unit" pair: where it starts and ends in the tokens, its number and unit (null number: too large).
    private static List<(int First, int End, int? Number, Unit Unit)> Quantities(List<Token> tokens)
    {
        var quantities = new List<(int, int, int?, Unit)>();
        for (var position = 0; position + 1 < tokens.Count; position++)
        {
            var (number, length) = Number(tokens, position);
            if (IsPartOfAnotherNumber(tokens, position))
            {
                // "1,5 jaar", "2-5 jaar", "2 tot 5 jaar": the format has no fractions or ranges, and "5 jaar" would be
                // wrong; the number is kept as unknown, so the text is not recognised.
                number = null;
            }

            if (length > 0 && position + length < tokens.Count && Units.Longest(tokens, position + length) is { } unit)
            {
                quantities.Add((position, position + length + unit.Count, number, unit.Value));
            }
        }

        return quantities;
    }

    // A number in digits or in words, "1,5" and "anderhalf" left out; length 0 when there is none.
    private static (int? Number, int Length) Number(List<Token> tokens, int position)
    {
        var token = tokens[position];
        if (token.IsNumber)
        {
            return (int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= LargestNumber ? value : null, 1);
        }

        return NumberWords.Longest(tokens, position) is { } word ? (word.Value, word.Count) : (null, 0);
    }

    private static bool IsPartOfAnotherNumber(List<Token> tokens, int position) =>
        tokens[position].IsNumber && ((position > 0 && tokens[position - 1].IsNumber)
        || (position > 1 && tokens[position - 2].IsNumber && RangeWords.Contains(tokens[position - 1].Text)));

    // "1 jaar en 6 maanden" is one period: quantities joined by "en"/"and"/"et", each of a smaller unit than the last.
    private static bool TryCombine(
        List<Token> tokens, List<(int First, int End, int? Number, Unit Unit)> quantities, out IsoPeriod period, out int end)
    {
        period = default;
        end = quantities[0].End;
        var values = new int[4];
        Unit? last = null;
        foreach (var quantity in quantities)
        {
            var joined = last is null
                || (quantity.First == end)
                || (quantity.First == end + 1 && JoiningWords.And.Contains(tokens[end].Text));
            if (!joined || quantity.Number is not { } number || quantity.Unit <= last)
            {
                return false;
            }

            values[(int)quantity.Unit] = number;
            last = quantity.Unit;
            end = quantity.End;
        }

        period = new IsoPeriod(values[0], values[1], values[2], values[3]);
        return true;
    }

    private static string? From(string text, List<Token> tokens, int end)
    {
        if (end < tokens.Count && FromMarkers.Longest(tokens, end) is { } marker && end + marker.Count < tokens.Count)
        {
            // The event ends where the sentence goes on to something else: "2 years after the last order, then anonymised".
            var from = text[tokens[end + marker.Count].Start..];
            var stop = from.AsSpan().IndexOfAny(",;(\r\n");
            from = (stop < 0 ? from : from[..stop]).Trim().TrimEnd('.', ')').TrimEnd();
            return from.Length > 0 ? from : null;
        }

        return null;
    }
}
