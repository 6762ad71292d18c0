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
        "Add to the activity's `retention` a rule with an ISO 8601 `period` (such as `P7Y`), the event it counts `from`, and the `dataCategories` it covers, citing the `law` where one prescribes the period (such as the 7-year tax retention duty); repeat until every category of the activity is covered.")
    {
        Dutch = new(
            "Geen bewaartermijn per categorie persoonsgegevens",
            "art. 30 lid 1 onder f, 5 lid 1 onder e en 13 lid 2 onder a AVG",
            "Voor elke verwerking moet elke categorie persoonsgegevens gedekt zijn door een bewaarregel met een `period`, of met `permanent: true` voor gegevens die blijvend worden bewaard (zoals archiefbescheiden onder de Archiefwet): een van de eigen `retention`-regels van de verwerking of een van de `retentionPolicy.rules`, waarbij een regel zonder `dataCategories` alle categorieën dekt. Regels met geen van beide, zoals het beginsel \"niet langer dan nodig\" of criteria, tellen niet.",
            "Art. 30 lid 1 onder f AVG vraagt de beoogde termijnen voor het wissen van de verschillende categorieën van gegevens, en opslagbeperking (art. 5 lid 1 onder e AVG) betekent dat elke categorie wordt gewist zodra haar doel is bereikt. \"Niet langer dan nodig\" herhaalt het beginsel, maar stelt geen grens die te controleren of te handhaven is. Het registermodel van de CNIL legt een termijn per categorie vast, en betrokkenen moeten de termijn te horen krijgen, of de criteria om die te bepalen (art. 13 lid 2 onder a AVG).",
            "Voeg aan de `retention` van de verwerking een regel toe met een ISO 8601-`period` (zoals `P7Y`), de gebeurtenis waarvanaf hij telt (`from`) en de `dataCategories` die hij dekt, met het wettelijk voorschrift in `law` waar een wet de termijn voorschrijft (zoals de fiscale bewaarplicht van 7 jaar); herhaal dat tot elke categorie van de verwerking gedekt is."),
    };

    private static readonly MessageTemplate NoRetentionPeriod = new(
        "The activity '{activity}' sets no retention period for {what}: {why}; {fix} (Art. 30(1)(f), 5(1)(e)).",
        "De verwerking '{activity}' stelt geen bewaartermijn voor {what}: {why}; {fix} (art. 30 lid 1 onder f en 5 lid 1 onder e AVG).");

    private static readonly MessageTemplate ItsData = new(
        "its data",
        "haar gegevens");

    private static readonly MessageTemplate NoPeriodApplies = new(
        "no retention rule with a 'period' applies to the activity, and 'no longer than necessary' is not a period",
        "geen bewaarregel met een 'period' geldt voor de verwerking, en 'niet langer dan nodig' is geen termijn");

    private static readonly MessageTemplate NoneCoversIt = new(
        "no retention rule with a 'period' covers it",
        "geen bewaarregel met een 'period' dekt haar");

    private static readonly MessageTemplate NoneCoversThem = new(
        "no retention rule with a 'period' covers them",
        "geen bewaarregel met een 'period' dekt ze");

    private static readonly MessageTemplate AddRule = new(
        "add a retention rule with a 'period'",
        "voeg een bewaarregel met een 'period' toe");

    private static readonly MessageTemplate AddRules = new(
        "add retention rules with a 'period' that cover each of them",
        "voeg bewaarregels met een 'period' toe die elk ervan dekken");

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
                null => ItsData.Text(),
                _ => DataCategoryNames.Of(uncovered),
            };
            var why = !anyPeriodic ? NoPeriodApplies.Text() : uncovered is [_] ? NoneCoversIt.Text() : NoneCoversThem.Text();
            var fix = uncovered is null or [_] ? AddRule.Text() : AddRules.Text();
            yield return new Finding(
                $"/activities/{i}/retention",
                NoRetentionPeriod.With(("activity", activity.Name), ("what", what), ("why", why), ("fix", fix)));
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
