using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// A period in years, months, weeks and days, written as ISO 8601 does: <c>P7Y</c> is seven years,
/// <c>P4W</c> four weeks, <c>P1Y6M</c> a year and a half. Registers use it for retention periods and deadlines.
/// </summary>
/// <remarks>
/// A period is not a fixed number of days: a month is 28 to 31 days, so <c>P1M</c> and <c>P30D</c> are different
/// periods and compare unequal. Time components (hours and less) are not used in registers and are not accepted.
/// </remarks>
/// <param name="Years">The number of years.</param>
/// <param name="Months">The number of months.</param>
/// <param name="Weeks">The number of weeks.</param>
/// <param name="Days">The number of days.</param>
public readonly record struct IsoPeriod(int Years, int Months, int Weeks, int Days)
{
    /// <summary>Parses an ISO 8601 period such as <c>P4W</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="period">The period, when the text is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a period of at least one component.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out IsoPeriod period)
    {
        period = default;
        if (text is null || text.Length < 3 || text[0] != 'P')
        {
            return false;
        }

        int years = 0, months = 0, weeks = 0, days = 0;
        var order = "YMWD";
        var next = 0;
        var position = 1;
        while (position < text.Length)
        {
            var start = position;
            while (position < text.Length && text[position] is >= '0' and <= '9')
            {
                position++;
            }

            if (position == start || position == text.Length)
            {
                return false;
            }

            var unit = order.IndexOf(text[position], next);
            if (unit < 0 || !int.TryParse(text.AsSpan(start, position - start), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            switch (unit)
            {
                case 0: years = value; break;
                case 1: months = value; break;
                case 2: weeks = value; break;
                default: days = value; break;
            }

            next = unit + 1;
            position++;
        }

        period = new IsoPeriod(years, months, weeks, days);
        return true;
    }

    /// <summary>Parses an ISO 8601 period such as <c>P4W</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The text is not a period of years, months, weeks and days.</exception>
    public static IsoPeriod Parse(string text) =>
        TryParse(text, out var period)
            ? period
            : throw new FormatException($"'{text}' is not an ISO 8601 period such as P4W or P7Y.");

    /// <summary>Formats the period as ISO 8601, such as <c>P1Y6M</c>; the empty period is <c>P0D</c>.</summary>
    /// <returns>The period in ISO 8601 form.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder("P");
        Append(builder, Years, 'Y');
        Append(builder, Months, 'M');
        Append(builder, Weeks, 'W');
        Append(builder, Days, 'D');
        return builder.Length == 1 ? "P0D" : builder.ToString();
    }

    private static void Append(StringBuilder builder, int value, char unit)
    {
        if (value != 0)
        {
            builder.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
