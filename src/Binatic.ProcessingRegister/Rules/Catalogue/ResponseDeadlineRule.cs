using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Facts;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR035: the deadline for answering data-subject requests may exceed the one month of Art. 12(3): it is within
/// it only in long months (warning), or longer (error, unless the extension of Art. 12(3) is meant), or a rights
/// section states none (warning). A deadline within one month is not reported: it is what the law asks.
/// </summary>
internal sealed class ResponseDeadlineRule : Rule
{
    private const string At = "/dataSubjectRights/responseDeadline";

    // The policy's words for the two-month extension of Art. 12(3), in Dutch and English, as stems: "verlenging",
    // "verlengen", "verlengd" share "verleng", and "termijnverlenging" is listed; "extension(s)", "extend",
    // "extended" share "extend"/"extension", but "unextended" does not start with them. "in het verlengde van"
    // means "in line with", not an extension.
    private static readonly KeywordSet ExtensionWords = new(
    [
        new("verleng", "extension", KeywordMatch.WordStart) { Except = ["in het verlengde"] },
        new("termijnverleng", "extension", KeywordMatch.WordStart),
        new("extension", "extension", KeywordMatch.WordStart),
        new("extend", "extension", KeywordMatch.WordStart),
    ]);

    public override RuleDescriptor Descriptor { get; } = new(
        "RPR035",
        "Data-subject request deadline",
        DiagnosticSeverity.Warning,
        "Art. 12(3)",
        $"Compares `dataSubjectRights.responseDeadline` with one month: {GdprFacts.ShortestMonthInDays + 1}-{GdprFacts.LongestMonthInDays} days may exceed it in short months (warning); longer is an error, unless `responseDeadlineDescription` mentions the extension (then a warning, up to three months). A rights section without a deadline is a warning. At most {GdprFacts.ShortestMonthInDays} days (or exactly `P1M`) is within one month in every month and is not reported.",
        "Art. 12(3) requires answers without undue delay and at the latest within one month, which may be extended by two further months for complex or numerous requests if the data subject is told why within the first month. A month runs to the same date of the next month (Regulation 1182/71, art. 3(2)(c)), so it is 28 to 31 days long: four weeks is always within it, 30 days is not in February.",
        "State the deadline as at most one month (`P1M`) or four weeks (`P4W`), and describe the two-month extension separately in `responseDeadlineDescription` if it is used.");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var rights = context.Register.DataSubjectRights;
        if (rights is null)
        {
            yield break;
        }

        if (rights.ResponseDeadline is not { } deadline)
        {
            yield return new Finding(
                At,
                "The register does not say within how long data-subject requests are answered; add 'responseDeadline' of at most one month (Art. 12(3)).",
                DiagnosticSeverity.Warning);
            yield break;
        }

        switch (Compare(deadline, months: 1))
        {
            case Fit.Within:
                // What Art. 12(3) asks: nothing to report. An info finding here was noise on every sound register.
                break;
            case Fit.DependsOnMonth:
                yield return new Finding(
                    At,
                    $"A deadline of {deadline} exceeds one month when the request arrives in a short month such as February; state 'P1M' or 'P4W' (Art. 12(3)).",
                    DiagnosticSeverity.Warning);
                break;
            default:
                var extension = Keywords.Mentions(rights.ResponseDeadlineDescription, ExtensionWords);
                yield return extension && Compare(deadline, months: 3) != Fit.Longer
                    ? new Finding(
                        At,
                        $"A deadline of {deadline} exceeds one month; the two-month extension is for complex or numerous requests only, so state one month as the deadline and describe the extension separately (Art. 12(3)).",
                        DiagnosticSeverity.Warning)
                    : new Finding(
                        At,
                        $"A deadline of {deadline} exceeds the one month of Art. 12(3){(extension ? ", even with the two-month extension" : string.Empty)}; answer within one month (Art. 12(3)).",
                        DiagnosticSeverity.Error);
                break;
        }
    }

    /// <summary>
    /// Compares a period with a number of months: <paramref name="months"/> months are between 28 and 31 days each,
    /// so a period in days may fit in every such span, only in the longer ones, or in none.
    /// </summary>
    private static Fit Compare(IsoPeriod period, int months)
    {
        var wholeMonths = (period.Years * 12) + period.Months;
        var days = (period.Weeks * 7) + period.Days;
        if (wholeMonths > months || (wholeMonths == months && days > 0))
        {
            return Fit.Longer;
        }

        var spare = months - wholeMonths;
        return days <= spare * GdprFacts.ShortestMonthInDays ? Fit.Within
            : days <= spare * GdprFacts.LongestMonthInDays ? Fit.DependsOnMonth
            : Fit.Longer;
    }

    private enum Fit
    {
        Within,
        DependsOnMonth,
        Longer,
    }
}
