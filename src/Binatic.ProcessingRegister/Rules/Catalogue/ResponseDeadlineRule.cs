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
        "State the deadline as at most one month (`P1M`) or four weeks (`P4W`), and describe the two-month extension separately in `responseDeadlineDescription` if it is used.")
    {
        Dutch = new(
            "Termijn voor verzoeken van betrokkenen",
            "art. 12 lid 3 AVG",
            $"Vergelijkt `dataSubjectRights.responseDeadline` met één maand: {GdprFacts.ShortestMonthInDays + 1}-{GdprFacts.LongestMonthInDays} dagen kan in korte maanden langer zijn (waarschuwing); langer is een fout, tenzij `responseDeadlineDescription` de verlenging noemt (dan een waarschuwing, tot drie maanden). Een onderdeel over de rechten van betrokkenen zonder termijn is een waarschuwing. Ten hoogste {GdprFacts.ShortestMonthInDays} dagen (of precies `P1M`) valt in elke maand binnen één maand en wordt niet gemeld.",
            "Art. 12 lid 3 AVG eist dat verzoeken onverwijld en in elk geval binnen een maand worden beantwoord; afhankelijk van de complexiteit en het aantal verzoeken kan die termijn met nog eens twee maanden worden verlengd, als de betrokkene binnen een maand na ontvangst van het verzoek over de verlenging en de redenen daarvan wordt ingelicht. Een maand loopt tot dezelfde datum van de volgende maand (Verordening 1182/71, art. 3 lid 2 onder c), en duurt dus 28 tot 31 dagen: vier weken valt er altijd binnen, 30 dagen niet in februari.",
            "Vermeld als termijn ten hoogste één maand (`P1M`) of vier weken (`P4W`), en beschrijf de verlenging met twee maanden apart in `responseDeadlineDescription` als die wordt gebruikt."),
    };

    private static readonly MessageTemplate NoDeadline = new(
        "The register does not say within how long data-subject requests are answered; add 'responseDeadline' of at most one month (Art. 12(3)).",
        "Het register zegt niet binnen welke termijn verzoeken van betrokkenen worden beantwoord; voeg een 'responseDeadline' toe van ten hoogste één maand (art. 12 lid 3 AVG).");

    private static readonly MessageTemplate DependsOnMonth = new(
        "A deadline of {deadline} exceeds one month when the request arrives in a short month such as February; state 'P1M' or 'P4W' (Art. 12(3)).",
        "Een termijn van {deadline} is langer dan één maand als het verzoek binnenkomt in een korte maand zoals februari; vermeld 'P1M' of 'P4W' (art. 12 lid 3 AVG).");

    private static readonly MessageTemplate ExtensionAsDeadline = new(
        "A deadline of {deadline} exceeds one month; the two-month extension is for complex or numerous requests only, so state one month as the deadline and describe the extension separately (Art. 12(3)).",
        "Een termijn van {deadline} is langer dan één maand; de verlenging met twee maanden is alleen voor complexe of talrijke verzoeken, dus vermeld één maand als termijn en beschrijf de verlenging apart (art. 12 lid 3 AVG).");

    private static readonly MessageTemplate TooLong = new(
        "A deadline of {deadline} exceeds the one month of Art. 12(3); answer within one month (Art. 12(3)).",
        "Een termijn van {deadline} is langer dan de maand van art. 12 lid 3 AVG; beantwoord verzoeken binnen één maand (art. 12 lid 3 AVG).");

    private static readonly MessageTemplate TooLongEvenWithExtension = new(
        "A deadline of {deadline} exceeds the one month of Art. 12(3), even with the two-month extension; answer within one month (Art. 12(3)).",
        "Een termijn van {deadline} is langer dan de maand van art. 12 lid 3 AVG, ook met de verlenging met twee maanden; beantwoord verzoeken binnen één maand (art. 12 lid 3 AVG).");

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
                NoDeadline.Text(),
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
                    DependsOnMonth.With(("deadline", deadline.ToString())),
                    DiagnosticSeverity.Warning);
                break;
            default:
                var extension = Keywords.Mentions(rights.ResponseDeadlineDescription, ExtensionWords);
                yield return extension && Compare(deadline, months: 3) != Fit.Longer
                    ? new Finding(
                        At,
                        ExtensionAsDeadline.With(("deadline", deadline.ToString())),
                        DiagnosticSeverity.Warning)
                    : new Finding(
                        At,
                        (extension ? TooLongEvenWithExtension : TooLong).With(("deadline", deadline.ToString())),
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
