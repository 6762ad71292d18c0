using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR008: a retention rule counts from an event, such as the deletion of an account, but sets no period after it.</summary>
internal sealed class EventBasedRetentionRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR008",
        "Event-based retention without a period after the event",
        DiagnosticSeverity.Info,
        "Art. 30(1)(f), 5(1)(e), 17; EDPB coordinated enforcement report on the right to erasure (adopted 10 February 2026)",
        "A retention rule, of an activity or under `retentionPolicy.rules`, names the event it counts `from` but has no `period`, as in \"kept until the account is deleted\".",
        "An event is a criterion, which data subjects may be given instead of a period (Art. 13(2)(a)) and which the CNIL model register accepts, but it does not say when the data is actually gone: after the event, data lingers in systems, logs and backups until they are cleaned or overwritten. Art. 30(1)(f) asks for the envisaged time limits for erasure, and the EDPB's 2025 coordinated enforcement action on the right to erasure (report adopted 10 February 2026) asks controllers to document their retention periods, and the legal obligation behind each, in the record of processing activities.",
        "Add the `period` after the event within which the data is erased everywhere, including from backups, such as `P3M` when backups are overwritten three months after the account is deleted; say in `description` how backups are handled.")
    {
        Dutch = new(
            "Bewaren tot een gebeurtenis zonder termijn daarna",
            "art. 30 lid 1 onder f, 5 lid 1 onder e en 17 AVG; EDPB-rapport over de gecoördineerde handhavingsactie over het recht op gegevenswissing (vastgesteld op 10 februari 2026)",
            "Een bewaarregel, van een verwerking of onder `retentionPolicy.rules`, noemt de gebeurtenis waarvanaf hij telt (`from`), maar heeft geen `period`, zoals in \"bewaard tot het account wordt verwijderd\".",
            "Een gebeurtenis is een criterium, dat betrokkenen mogen krijgen in plaats van een termijn (art. 13 lid 2 onder a AVG) en dat het registermodel van de CNIL aanvaardt, maar het zegt niet wanneer de gegevens werkelijk weg zijn: na de gebeurtenis blijven gegevens achter in systemen, logbestanden en back-ups tot die worden opgeschoond of overschreven. Art. 30 lid 1 onder f AVG vraagt de beoogde termijnen voor het wissen, en de gecoördineerde handhavingsactie van het EDPB van 2025 over het recht op gegevenswissing (rapport vastgesteld op 10 februari 2026) vraagt verwerkingsverantwoordelijken hun bewaartermijnen, en de wettelijke verplichting achter elk ervan, in het register van verwerkingsactiviteiten vast te leggen.",
            "Voeg de `period` na de gebeurtenis toe waarbinnen de gegevens overal zijn gewist, ook uit back-ups, zoals `P3M` als back-ups drie maanden na het verwijderen van het account worden overschreven; beschrijf in `description` hoe met back-ups wordt omgegaan."),
    };

    private static readonly MessageTemplate NoPeriod = new(
        "{owner} keeps data until '{event}' without saying for how long after it; add the 'period' within which the data is erased, including from backups (Art. 30(1)(f)).",
        "{owner} bewaart gegevens tot '{event}' zonder te zeggen hoe lang daarna; voeg de 'period' toe waarbinnen de gegevens zijn gewist, ook uit back-ups (art. 30 lid 1 onder f AVG).");

    private static readonly MessageTemplate OfActivity = new(
        "The activity '{activity}'",
        "De verwerking '{activity}'");

    private static readonly MessageTemplate OfPolicy = new(
        "The register-wide retention policy",
        "Het bewaarbeleid van het hele register");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        // The pointer and the activity's part of the message are written only for a finding; nearly every activity has none.
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            var rules = activities[i].Retention;
            for (var j = 0; j < rules.Count; j++)
            {
                if (HasNoPeriodAfterEvent(rules[j]))
                {
                    yield return MissingPeriod(rules[j], $"/activities/{i}/retention/{j}/from", OfActivity.With(("activity", activities[i].Name)));
                }
            }
        }
    }

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var rules = context.Register.RetentionPolicy?.Rules ?? default;
        for (var j = 0; j < rules.Count; j++)
        {
            if (HasNoPeriodAfterEvent(rules[j]))
            {
                yield return MissingPeriod(rules[j], $"/retentionPolicy/rules/{j}/from", OfPolicy.Text());
            }
        }
    }

    // A permanent rule has no period by design: nothing is erased after the event.
    private static bool HasNoPeriodAfterEvent(RetentionRule rule) => !string.IsNullOrWhiteSpace(rule.From) && rule.Period is null && !rule.IsPermanent;

    private static Finding MissingPeriod(RetentionRule rule, string pointer, MessageText owner) => new(
        pointer,
        NoPeriod.With(("owner", owner), ("event", rule.From)));
}
