using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR007: some or all of an activity's data categories have no retention period.</summary>
internal sealed class RetentionPeriodRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR007",
        "No retention period per data category",
        DiagnosticSeverity.Warning,
        "Art. 30(1)(f), 5(1)(e), 13(2)(a)",
        "For each activity, every data category must be covered by a retention rule with a `period`, or with `permanent: true` for data kept permanently (such as archival records under the Archiefwet): one of the activity's own `retention` rules or one of `retentionPolicy.rules`, where a rule without `dataCategories` covers all categories. Rules with neither, such as a principle of \"no longer than necessary\" or criteria, do not count.",
        "Art. 30(1)(f) asks for the envisaged time limits for erasure of the different categories of data, and storage limitation (Art. 5(1)(e)) means each category is deleted once its purpose is served. \"No longer than necessary\" restates the principle but sets no limit that can be checked or enforced. The CNIL model register records a period per data category, and data subjects must be told the period or the criteria used to set it (Art. 13(2)(a)).",
        "Add to the activity's `retention` a rule with an ISO 8601 `period` (such as `P7Y`), the event it counts `from`, and the `dataCategories` it covers, citing the `law` where one prescribes the period (such as the 7-year tax retention duty); repeat until every category of the activity is covered.");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        // The register-wide rules apply to every activity: what they cover is worked out once per window, not per activity.
        var registerWide = (context.Register.RetentionPolicy?.Rules ?? default).Where(SetsLimit).ToList();
        var registerWideCoversAll = registerWide.Any(rule => rule.DataCategories.Count == 0);
        var registerWideCovers = registerWide.SelectMany(rule => rule.DataCategories).ToHashSet(StringComparer.Ordinal);
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            var activity = activities[i];
            if (registerWideCoversAll || CoversAll(activity.Retention))
            {
                continue;
            }

            var uncovered = Uncovered(activity, registerWideCovers);
            var anyPeriodic = SetsAnyLimit(activity.Retention) || registerWide.Count > 0;
            if (anyPeriodic && uncovered is null)
            {
                continue;
            }

            var what = uncovered switch
            {
                null => "its data",
                [var only] => $"the data category '{only}'",
                _ => "the data categories " + string.Join(", ", uncovered.Select(id => $"'{id}'")),
            };
            var why = !anyPeriodic
                ? "no retention rule with a 'period' applies to the activity, and 'no longer than necessary' is not a period"
                : $"no retention rule with a 'period' covers {(uncovered is [_] ? "it" : "them")}";
            var fix = uncovered is null or [_] ? "add a retention rule with a 'period'" : "add retention rules with a 'period' that cover each of them";
            yield return new Finding(
                $"/activities/{i}/retention",
                $"The activity '{activity.Name}' sets no retention period for {what}: {why}; {fix} (Art. 30(1)(f), 5(1)(e)).");
        }
    }

    // Keeping data permanently is a decision about how long it is kept, as a period is; only a rule with neither leaves
    // the time limit of Art. 30(1)(f) open.
    private static bool SetsLimit(RetentionRule rule) => rule.Period is not null || rule.IsPermanent;

    // The activity's own rules are read where they are, rather than gathered into lists and sets for every activity:
    // this runs for every activity, nearly all of which are covered, and an activity has few rules and categories.
    private static bool CoversAll(ValueArray<RetentionRule> rules)
    {
        foreach (var rule in rules)
        {
            if (SetsLimit(rule) && rule.DataCategories.Count == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SetsAnyLimit(ValueArray<RetentionRule> rules)
    {
        foreach (var rule in rules)
        {
            if (SetsLimit(rule))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Gets the activity's data categories, each once and in order, that no retention rule with a period covers; or
    /// <see langword="null"/> when there are none.
    /// </summary>
    private static List<string>? Uncovered(ProcessingActivity activity, HashSet<string> registerWideCovers)
    {
        List<string>? uncovered = null;
        foreach (var id in activity.DataCategories)
        {
            if (!registerWideCovers.Contains(id) && !Covers(activity.Retention, id) && uncovered?.Contains(id) != true)
            {
                (uncovered ??= []).Add(id);
            }
        }

        return uncovered;
    }

    private static bool Covers(ValueArray<RetentionRule> rules, string dataCategory)
    {
        foreach (var rule in rules)
        {
            if (!SetsLimit(rule))
            {
                continue;
            }

            foreach (var id in rule.DataCategories)
            {
                if (string.Equals(id, dataCategory, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
