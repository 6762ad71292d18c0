using System.Globalization;

using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Diagnostics;

/// <summary>
/// Keeps a report about one file readable and cheap to print: after <see cref="PerRule"/> findings of one rule, the
/// rest of that rule's findings become one summary, at the place of the first one left out. A file of half a million
/// unknown keys then gives a hundred findings and a count rather than half a million lines.
/// </summary>
internal static class FindingCap
{
    /// <summary>The number of findings of one rule reported in full for one file.</summary>
    public const int PerRule = 100;

    private static readonly MessageTemplate More = new(
        "… and {more} more {rule} findings in this file; fix the ones above and run again.",
        "… en nog {more} bevindingen van {rule} in dit bestand; los de bovenstaande op en controleer opnieuw.");

    private static readonly MessageTemplate AllAccepted = new(
        "the register accepts every one of them",
        "het register accepteert ze allemaal");

    /// <summary>Caps the findings of each rule, keeping their order.</summary>
    /// <param name="ordered">The findings about one file, in the order they are reported.</param>
    /// <returns>The findings, or the first <see cref="PerRule"/> of each rule and a summary of the rest.</returns>
    /// <param name="language">The language of the summaries.</param>
    public static List<Diagnostic> Apply(RegisterLanguage language, List<Diagnostic> ordered)
    {
        // The summary is as severe as the worst finding it stands for that the register does not accept, so that
        // capping never changes whether a file passes.
        var totals = new Dictionary<string, (int Count, DiagnosticSeverity? Worst)>(StringComparer.Ordinal);
        foreach (var finding in ordered)
        {
            var (count, worst) = totals.GetValueOrDefault(finding.RuleId);
            var counts = count >= PerRule && !finding.IsAccepted && (worst is null || finding.Severity > worst);
            totals[finding.RuleId] = (count + 1, counts ? finding.Severity : worst);
        }

        if (totals.Values.All(total => total.Count <= PerRule))
        {
            return ordered;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var capped = new List<Diagnostic>();
        foreach (var finding in ordered)
        {
            var number = seen[finding.RuleId] = seen.GetValueOrDefault(finding.RuleId) + 1;
            if (number <= PerRule)
            {
                capped.Add(finding);
            }
            else if (number == PerRule + 1)
            {
                var (count, worst) = totals[finding.RuleId];
                capped.Add(Summary(finding, count - PerRule, worst, language));
            }
        }

        return capped;
    }

    /// <summary>Sums up the findings of a rule left out from the first of them on.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="at">Where the first finding left out is.</param>
    /// <param name="pointer">The JSON Pointer of the first finding left out.</param>
    /// <param name="more">How many findings are left out, the first among them.</param>
    /// <param name="severity">The highest severity among them.</param>
    /// <returns>The summary.</returns>
    public static Diagnostic Summary(string ruleId, SourceLocation at, string pointer, int more, DiagnosticSeverity severity) =>
        new(
            ruleId,
            severity,
            More.With(("more", more.ToString("N0", CultureInfo.InvariantCulture)), ("rule", ruleId)),
            at,
            pointer);

    private static Diagnostic Summary(Diagnostic first, int more, DiagnosticSeverity? worst, RegisterLanguage language) =>
        Summary(first.RuleId, first.Location, first.JsonPointer, more, worst ?? first.Severity).In(language) with
        {
            AcceptedReason = worst is null ? AllAccepted.Text().In(language) : null,
        };
}
