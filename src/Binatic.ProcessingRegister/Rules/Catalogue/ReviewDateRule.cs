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
        "Review the register against current practice and set `register.lastReviewed` (and `nextReview`).");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var lastReviewed = context.Register.Info.LastReviewed;
        if (lastReviewed is null)
        {
            yield return new Finding(
                "/register/lastReviewed",
                "The register does not say when it was last reviewed; add 'lastReviewed' so that its upkeep can be shown (Art. 5(2), 30(4)).");
        }
        else if (lastReviewed.Value <= LastReviewThatCanFallDue && lastReviewed.Value.AddMonths(GdprFacts.ReviewIntervalMonths) < context.Today)
        {
            yield return new Finding(
                "/register/lastReviewed",
                $"The register was last reviewed on {lastReviewed.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}, more than {GdprFacts.ReviewIntervalMonths} months ago; review it and update 'lastReviewed' (Art. 5(2), 30(4)).");
        }
    }
}
