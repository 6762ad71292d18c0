using System.Globalization;

namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// Recognises dates in cells: Excel's serial dates, and dates as written in English, Dutch and French. Numeric dates
/// are read day first ("01/03/2024" is 1 March), as the Netherlands, Belgium, France and the United Kingdom write them;
/// a date that would be valid only month first is refused rather than guessed.
/// </summary>
internal static class DateRecogniser
{
    // Excel's 1900 date system: serial 1 is 1 January 1900 and the largest date Excel shows is 31 December 9999.
    private const int LargestSerial = 2_958_465;

    // Excel counts a 29 February 1900 that did not exist (kept from Lotus 1-2-3); serial 60 is that day.
    private const int FictitiousLeapDay = 60;

    private static readonly PhraseTable<int> Months = new(
    [
        ("januari", 1), ("january", 1), ("janvier", 1), ("jan", 1), ("janv", 1),
        ("februari", 2), ("february", 2), ("fevrier", 2), ("feb", 2), ("fev", 2), ("fevr", 2),
        ("maart", 3), ("march", 3), ("mars", 3), ("mrt", 3), ("mar", 3),
        ("april", 4), ("avril", 4), ("apr", 4), ("avr", 4),
        ("mei", 5), ("may", 5), ("mai", 5),
        ("juni", 6), ("june", 6), ("juin", 6), ("jun", 6),
        ("juli", 7), ("july", 7), ("juillet", 7), ("jul", 7), ("juil", 7),
        ("augustus", 8), ("august", 8), ("aout", 8), ("aug", 8),
        ("september", 9), ("septembre", 9), ("sep", 9), ("sept", 9),
        ("oktober", 10), ("october", 10), ("octobre", 10), ("okt", 10), ("oct", 10),
        ("november", 11), ("novembre", 11), ("nov", 11),
        ("december", 12), ("decembre", 12), ("dec", 12),
    ]);

    // What may follow the day's number: "1er mars", "1st March", "2nd", "3rd", "4th".
    private static readonly string[] OrdinalSuffixes = ["er", "st", "nd", "rd", "th", "e"];

    /// <summary>Converts an Excel serial date of the 1900 date system; a time of day in the fraction is dropped.</summary>
    /// <param name="serial">The serial.</param>
    /// <returns>The date, or <see langword="null"/> for serial 60 (Excel's fictitious 29 February 1900) and for serials outside 1 January 1900 to 31 December 9999.</returns>
    public static DateOnly? FromSerial(double serial)
    {
        if (double.IsNaN(serial) || serial < 1 || serial >= LargestSerial + 1)
        {
            return null;
        }

        var day = (int)Math.Floor(serial);
        return day switch
        {
            FictitiousLeapDay => null,
            < FictitiousLeapDay => new DateOnly(1899, 12, 31).AddDays(day),
            _ => new DateOnly(1899, 12, 30).AddDays(day),
        };
    }

    /// <summary>Recognises a date as written: "2024-03-01", "1-3-2024", "01/03/2024", "1 maart 2024", "1 March 2024", "March 1, 2024", "1er mars 2024".</summary>
    /// <param name="text">The text; nothing else may stand in it but a time after an ISO date.</param>
    /// <returns>The date, or <see langword="null"/>.</returns>
    public static DateOnly? Recognise(string text)
    {
        // "2024-03-01T00:00:00" and "2024-03-01 13:45", as exports and ISO write a date with a time: the date counts.
        var trimmed = text.Trim();
        if (trimmed.Length > 10 && trimmed[4] == '-' && trimmed[7] == '-' && trimmed[10] is 'T' or ' ')
        {
            trimmed = trimmed[..10];
        }

        return Recognise(Tokens.Of(trimmed));
    }

    private static DateOnly? Recognise(List<Token> tokens)
    {
        if (tokens.Count != 3)
        {
            return null;
        }

        if (tokens[0].Text.Length == 4 && tokens.All(t => t.IsNumber))
        {
            return Date(tokens[0].Text, tokens[1].Text, tokens[2].Text);
        }

        // "March 1, 2024": with the month in words, month first is unambiguous.
        if (Months.Longest(tokens, 0) is { Count: 1 } first && Day(tokens[1].Text) is { } dayAfterMonth)
        {
            return Date(tokens[2].Text, first.Value.ToString(CultureInfo.InvariantCulture), dayAfterMonth);
        }

        var day = Day(tokens[0].Text);
        if (day is null || !tokens[2].IsNumber || tokens[2].Text.Length != 4)
        {
            return null;
        }

        if (tokens[1].IsNumber)
        {
            return Date(tokens[2].Text, tokens[1].Text, day);
        }

        return Months.Longest(tokens, 1) is { Count: 1 } month
            ? Date(tokens[2].Text, month.Value.ToString(CultureInfo.InvariantCulture), day)
            : null;
    }

    private static string? Day(string token)
    {
        foreach (var suffix in OrdinalSuffixes)
        {
            if (token.Length > suffix.Length && token.EndsWith(suffix, StringComparison.Ordinal))
            {
                token = token[..^suffix.Length];
                break;
            }
        }

        return token.Length is > 0 and <= 2 && token.All(char.IsAsciiDigit) ? token : null;
    }

    private static DateOnly? Date(string year, string month, string day)
    {
        if (year.Length != 4 || month.Length > 2 || day.Length > 2
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
        {
            return null;
        }

        return y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }
}
