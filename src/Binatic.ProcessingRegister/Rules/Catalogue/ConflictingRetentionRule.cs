using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR039: two retention rules of one activity cover the same data category with different time limits.</summary>
internal sealed class ConflictingRetentionRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR039",
        "Conflicting retention rules",
        DiagnosticSeverity.Warning,
        "Art. 5(1)(e), 30(1)(f)",
        "Two of an activity's own `retention` rules cover the same data category, and the same records, with different time limits: different `period`s, or one `permanent: true` and one with a `period`. A rule without `dataCategories` sets the limit for the categories no other rule names (such as 7 years for all other records), so it conflicts only with another rule without `dataCategories`; rules whose `recordTypes` share no type cover different records and do not conflict.",
        "Art. 30(1)(f) asks for the envisaged time limits for erasure of each category of data, and storage limitation (Art. 5(1)(e)) can only be checked against one limit. When two rules give the same data different limits, the record does not say when the data is erased, and whoever applies it will keep the data for the longer one, or destroy records the law requires to be kept.",
        "Decide which limit holds and remove or correct the other rule; if the limits apply to different data, narrow the rules' `dataCategories` or name the `recordTypes` each one covers.")
    {
        Dutch = new(
            "Tegenstrijdige bewaarregels",
            "art. 5 lid 1 onder e en 30 lid 1 onder f AVG",
            "Twee van de eigen `retention`-regels van een verwerking dekken dezelfde categorie persoonsgegevens, en dezelfde stukken, met verschillende termijnen: verschillende `period`s, of één met `permanent: true` en één met een `period`. Een regel zonder `dataCategories` stelt de termijn voor de categorieën die geen andere regel noemt (zoals 7 jaar voor alle overige stukken), en is dus alleen in strijd met een andere regel zonder `dataCategories`; regels waarvan de `recordTypes` geen soort gemeen hebben, dekken verschillende stukken en zijn niet in strijd.",
            "Art. 30 lid 1 onder f AVG vraagt de beoogde termijnen voor het wissen van elke categorie gegevens, en opslagbeperking (art. 5 lid 1 onder e AVG) is alleen aan één termijn te toetsen. Als twee regels dezelfde gegevens verschillende termijnen geven, zegt het register niet wanneer de gegevens worden gewist, en wie het toepast, bewaart de gegevens de langste termijn, of vernietigt stukken die de wet voorschrijft te bewaren.",
            "Beslis welke termijn geldt en verwijder of verbeter de andere regel; als de termijnen voor verschillende gegevens gelden, beperk dan de `dataCategories` van de regels of noem de `recordTypes` die elk ervan dekt."),
    };

    private static readonly MessageTemplate Conflict = new(
        "The retention rules {first} and {second} of the activity '{activity}' both cover {categories} but keep it {firstLimit} and {secondLimit}; state one time limit per category, or narrow the rules' 'dataCategories' or 'recordTypes' (Art. 30(1)(f), 5(1)(e)).",
        "De bewaarregels {first} en {second} van de verwerking '{activity}' dekken allebei {categories}, maar bewaren {firstLimit} en {secondLimit}; geef één termijn per categorie, of beperk de 'dataCategories' of 'recordTypes' van de regels (art. 30 lid 1 onder f en 5 lid 1 onder e AVG).");

    private static readonly MessageTemplate ForPeriod = new(
        "for '{period}'",
        "gedurende '{period}'");

    private static readonly MessageTemplate Permanently = new(
        "permanently",
        "permanent");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            var activity = activities[i];
            var rules = activity.Retention;

            // Most activities have one rule, or none; a conflict needs two.
            if (rules.Count < 2)
            {
                continue;
            }

            for (var later = 1; later < rules.Count; later++)
            {
                for (var earlier = 0; earlier < later; earlier++)
                {
                    if (Conflicts(activity, rules[earlier], rules[later]) is { Count: > 0 } shared)
                    {
                        yield return new Finding(
                            $"/activities/{i}/retention/{later}",
                            Conflict.With(
                                ("first", earlier + 1),
                                ("second", later + 1),
                                ("activity", activity.Name),
                                ("categories", DataCategoryNames.Of(shared)),
                                ("firstLimit", Limit(rules[earlier])),
                                ("secondLimit", Limit(rules[later]))));
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Gets the data categories both rules cover with different limits, or null when they do not conflict.</summary>
    // Null, not an empty list, when the rules do not conflict: almost every pair of rules does not, and each is asked.
    private static List<string>? Conflicts(ProcessingActivity activity, RetentionRule first, RetentionRule second)
    {
        if (!SetsLimit(first) || !SetsLimit(second) || SameLimit(first, second) || !SameRecords(first, second)
            || IsGeneral(first) != IsGeneral(second))
        {
            return null;
        }

        return [.. Covered(activity, first).Intersect(Covered(activity, second), StringComparer.Ordinal)];
    }

    // A rule for named categories next to one for all the rest (such as 7 years for all other records) is how registers
    // write an exception to a general period: the named categories follow their own rule, not both.
    private static bool IsGeneral(RetentionRule rule) => rule.DataCategories.Count == 0;

    private static bool SetsLimit(RetentionRule rule) => rule.Period is not null || rule.IsPermanent;

    private static bool SameLimit(RetentionRule first, RetentionRule second) =>
        first.IsPermanent == second.IsPermanent && first.Period == second.Period;

    // Rules for named record types that share none, such as a marriage certificate kept permanently and the request
    // for it destroyed after seven years, cover different records of the same data.
    private static bool SameRecords(RetentionRule first, RetentionRule second) =>
        first.RecordTypes.Count == 0 || second.RecordTypes.Count == 0 || first.RecordTypes.Intersect(second.RecordTypes, StringComparer.Ordinal).Any();

    private static ValueArray<string> Covered(ProcessingActivity activity, RetentionRule rule) =>
        rule.DataCategories.Count == 0 ? activity.DataCategories : rule.DataCategories;

    private static MessageText Limit(RetentionRule rule) => rule.Period is { } period ? ForPeriod.With(("period", period)) : Permanently.Text();
}
