using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Facts;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR010: the register shows no review, or its last review is more than twelve months old.</summary>
internal sealed class ReviewDateRule : Rule
{
    // A review in the last twelve months of the calendar falls due after 9999-12-31, the last day a DateOnly (and so
    // the clock) can show; adding the interval to it would not fit in a DateOnly.
    private static readonly DateOnly LastReviewThatCanFallDue = DateOnly.MaxValue.AddMonths(-GdprFacts.ReviewIntervalMonths);

    public override RuleDescriptor Descriptor { get; } = new(
        "RPR010",
        "Register undated or not reviewed for a year",
        DiagnosticSeverity.Warning,
        "Art. 5(2), 30(4)",
        $"The register has no `lastReviewed` date, or that date is more than {GdprFacts.ReviewIntervalMonths} months before today.",
        "The record must reflect current processing and be available to the supervisory authority on request (Art. 30(4)); accountability (Art. 5(2)) means showing that it is kept up to date.",
        "Review the register against current practice and set `register.lastReviewed` (and `nextReview`).")
    {
        Dutch = new(
            "Register zonder datum of een jaar niet herzien",
            "art. 5 lid 2 en 30 lid 4 AVG",
            $"Het register heeft geen datum `lastReviewed`, of die datum ligt meer dan {GdprFacts.ReviewIntervalMonths} maanden voor vandaag.",
            "Het register moet de huidige verwerkingen weergeven en op verzoek ter beschikking staan van de toezichthoudende autoriteit (art. 30 lid 4 AVG); de verantwoordingsplicht (art. 5 lid 2 AVG) vraagt aan te tonen dat het wordt bijgehouden.",
            "Toets het register aan de huidige praktijk en vul `register.lastReviewed` (en `nextReview`) in."),
    };

    private static readonly MessageTemplate Undated = new(
        "The register does not say when it was last reviewed; add 'lastReviewed' so that its upkeep can be shown (Art. 5(2), 30(4)).",
        "Het register vermeldt niet wanneer het voor het laatst is herzien; voeg 'lastReviewed' toe, zodat het bijhouden ervan aan te tonen is (art. 5 lid 2 en 30 lid 4 AVG).");

    private static readonly MessageTemplate Stale = new(
        "The register was last reviewed on {date}, more than {months} months ago; review it and update 'lastReviewed' (Art. 5(2), 30(4)).",
        "Het register is voor het laatst herzien op {date}, meer dan {months} maanden geleden; herzie het en werk 'lastReviewed' bij (art. 5 lid 2 en 30 lid 4 AVG).");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var lastReviewed = context.Register.Info.LastReviewed;
        if (lastReviewed is null)
        {
            yield return new Finding(
                "/register/lastReviewed",
                Undated.Text());
        }
        else if (lastReviewed.Value <= LastReviewThatCanFallDue && lastReviewed.Value.AddMonths(GdprFacts.ReviewIntervalMonths) < context.Today)
        {
            yield return new Finding(
                "/register/lastReviewed",
                Stale.With(("date", lastReviewed.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("months", GdprFacts.ReviewIntervalMonths)));
        }
    }
}
