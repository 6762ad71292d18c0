using System.Globalization;
using System.Text.RegularExpressions;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.NoticeCheck;

/// <summary>
/// One part of a period, as a notice writes it ("7 jaar", "vier weken", "six months"): a count of years, months or
/// days, weeks counted as days and whole years of months as years, so that "vier weken" meets <c>P4W</c> and
/// "28 dagen", and "12 maanden" meets <c>P1Y</c>.
/// </summary>
/// <param name="Count">The count.</param>
/// <param name="Unit">'Y', 'M' or 'D'.</param>
/// <remarks>
/// English "a" and "an" are not read as one, and a count followed by "per", "a" or "every" is not a period: "once a
/// year", "24 hours a day" and "zeven dagen per week" are frequencies.
/// </remarks>
internal readonly partial record struct NoticePeriod(int Count, char Unit)
{
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["een"] = 1, ["één"] = 1, ["one"] = 1, ["twee"] = 2, ["two"] = 2, ["drie"] = 3, ["three"] = 3,
        ["vier"] = 4, ["four"] = 4, ["vijf"] = 5, ["five"] = 5, ["zes"] = 6, ["six"] = 6, ["zeven"] = 7, ["seven"] = 7,
        ["acht"] = 8, ["eight"] = 8, ["negen"] = 9, ["nine"] = 9, ["tien"] = 10, ["ten"] = 10, ["elf"] = 11, ["eleven"] = 11,
        ["twaalf"] = 12, ["twelve"] = 12, ["dertien"] = 13, ["veertien"] = 14, ["vijftien"] = 15, ["fifteen"] = 15,
        ["zestien"] = 16, ["achttien"] = 18, ["twintig"] = 20, ["twenty"] = 20, ["dertig"] = 30, ["thirty"] = 30,
        ["veertig"] = 40, ["forty"] = 40, ["vijftig"] = 50, ["fifty"] = 50, ["honderd"] = 100, ["hundred"] = 100,
    };

    /// <summary>Gets how the period is written in a finding, such as "2Y" or "28D".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count}{Unit}");

    /// <summary>Gets the parts of an ISO 8601 period of the register.</summary>
    public static IEnumerable<NoticePeriod> Of(IsoPeriod period)
    {
        if (period.Years > 0)
        {
            yield return new(period.Years, 'Y');
        }

        if (period.Months > 0)
        {
            yield return Make(period.Months, 'M');
        }

        if (period.Weeks > 0 || period.Days > 0)
        {
            yield return new((period.Weeks * 7) + period.Days, 'D');
        }
    }

    /// <summary>Gets every period written in <paramref name="text"/>, with its index and length.</summary>
    public static IEnumerable<(NoticePeriod Period, int Index, int Length)> In(string text)
    {
        foreach (Match match in Written().Matches(text))
        {
            var number = match.Groups["number"].Value;
            var count = int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits
                : Numbers.GetValueOrDefault(number);
            if (count <= 0)
            {
                continue;
            }

            var unit = char.ToLowerInvariant(match.Groups["unit"].Value[0]);
            yield return (unit switch
            {
                'j' or 'y' => new(count, 'Y'),
                'm' => Make(count, 'M'),
                'w' => new(count * 7, 'D'),
                _ => new(count, 'D'),
            }, match.Index, match.Length);
        }
    }

    private static NoticePeriod Make(int months, char unit) => months % 12 == 0 ? new(months / 12, 'Y') : new(months, unit);

    [GeneratedRegex(@"\b(?<number>\d{1,4}|[a-zéë]{1,9})\s+(?<unit>jaar|jaren|maanden|maand|weken|week|dagen|dag|years?|months?|weeks?|days?)\b(?!\s+(?:per|a|an|each|every)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Written();
}
