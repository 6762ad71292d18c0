using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR037: an activity looks like one that Art. 35(3) or the Dutch DPIA list names, but the register shows no DPIA
/// screening for it.
/// </summary>
internal sealed class DpiaScreeningRule : Rule
{
    // Words in an activity's name or purposes that point to a type of processing on Art. 35(3) or on the Dutch
    // supervisory authority's list of processing that always needs a DPIA (Stcrt. 2019, 64418), in Dutch and
    // English. Stems cover inflections and the compounds they start ("analys" in "analyse", "analysis" and
    // "analyseren", "kredietwaardig" in "kredietwaardigheidstoets"); "fraude", "cameratoezicht" and
    // "waarschuwingssyste" mean the same inside any compound ("identiteitsfraude",
    // "incidentenwaarschuwingssysteem"), so they match inside words. Other words are too common on their own:
    // "locatie" and "location" are also an event's or an office's place ("op de aangevraagde locatie") and occur
    // inside "allocatie", so only the phrases for location data count; "profiel" is also a job profile, a user
    // account or a profile picture, so only the profiles of customers' behaviour, personality or risk count;
    // "krediet" is also a municipal budget ("voorbereidingskrediet"), so only creditworthiness, credit checks and
    // lending count.
    private static readonly KeywordSet RiskWords = new(
    [
        new("fraude", "fraud", KeywordMatch.InsideWords),
        new("fraud", "fraud", KeywordMatch.WordStart),
        new("profiling", "profiling", KeywordMatch.WordStart),
        new("profilering", "profiling", KeywordMatch.WordStart),
        new("klantprofiel", "profiling", KeywordMatch.WordStart),
        new("klantenprofiel", "profiling", KeywordMatch.WordStart),
        new("gedragsprofiel", "profiling", KeywordMatch.WordStart),
        new("risicoprofiel", "profiling", KeywordMatch.WordStart),
        new("customer profil", "profiling", KeywordMatch.WordStart),
        new("behavioural profil", "profiling", KeywordMatch.WordStart),
        new("behavioral profil", "profiling", KeywordMatch.WordStart),
        new("risk profil", "profiling", KeywordMatch.WordStart),
        new("personality profil", "profiling", KeywordMatch.WordStart),
        new("analys", "analysis of users or behaviour", KeywordMatch.WordStart),
        new("analyz", "analysis of users or behaviour", KeywordMatch.WordStart),
        new("cameratoezicht", "camera surveillance", KeywordMatch.InsideWords),
        new("camerabewaking", "camera surveillance", KeywordMatch.InsideWords),
        new("cctv", "camera surveillance", KeywordMatch.WordStart),
        new("camera surveillance", "camera surveillance", KeywordMatch.WordStart),
        new("video surveillance", "camera surveillance", KeywordMatch.WordStart),
        new("monitoring", "monitoring", KeywordMatch.WordStart),
        new("tracking", "tracking", KeywordMatch.WordStart) { Except = ["parcel tracking", "order tracking", "shipment tracking"] },
        new("locatiegegeven", "location data", KeywordMatch.WordStart),
        new("locatiedata", "location data", KeywordMatch.WordStart),
        new("locatie-informatie", "location data", KeywordMatch.WordStart),
        new("locatiebepaling", "location data", KeywordMatch.WordStart),
        new("geolocati", "location data", KeywordMatch.WordStart),
        new("location data", "location data", KeywordMatch.WordStart),
        new("location tracking", "location data", KeywordMatch.WordStart),
        new("location history", "location data", KeywordMatch.WordStart),
        new("location information", "location data", KeywordMatch.WordStart),
        new("location-based", "location data", KeywordMatch.WordStart),
        new("kredietwaardig", "credit scoring", KeywordMatch.WordStart),
        new("kredietbeoordel", "credit scoring", KeywordMatch.WordStart),
        new("kredietcheck", "credit scoring", KeywordMatch.WordStart),
        new("kredietscore", "credit scoring", KeywordMatch.WordStart),
        new("kredietregistratie", "credit scoring", KeywordMatch.WordStart),
        new("kredietverlening", "credit scoring", KeywordMatch.WordStart),
        new("kredietverstrekking", "credit scoring", KeywordMatch.WordStart),
        new("creditscore", "credit scoring", KeywordMatch.WordStart),
        new("credit scor", "credit scoring", KeywordMatch.WordStart),
        new("credit check", "credit scoring", KeywordMatch.WordStart),
        new("credit rating", "credit scoring", KeywordMatch.WordStart),
        new("creditworth", "credit scoring", KeywordMatch.WordStart),
        new("zwarte lijst", "blacklists or warning systems", KeywordMatch.WordStart),
        new("zwartelijst", "blacklists or warning systems", KeywordMatch.WordStart),
        new("blacklist", "blacklists or warning systems", KeywordMatch.WordStart),
        new("black list", "blacklists or warning systems", KeywordMatch.WordStart),
        new("waarschuwingssyste", "blacklists or warning systems", KeywordMatch.InsideWords),
        new("warning system", "blacklists or warning systems", KeywordMatch.WordStart),
    ]);

    public override RuleDescriptor Descriptor { get; } = new(
        "RPR037",
        "DPIA screening missing",
        DiagnosticSeverity.Warning,
        "Art. 35(1), 35(3), 35(4); Stcrt. 2019, 64418",
        "An activity without `dpia` processes criminal-offence data or special categories of data, or its name or purposes mention fraud, profiling, analysis of users or behaviour, camera surveillance, monitoring, tracking, location data, credit scoring, or blacklists and warning systems (Dutch or English).",
        "A DPIA is required before processing that is likely to result in a high risk (Art. 35(1)); Art. 35(3) names profiling with significant effects, large-scale Art. 9 and Art. 10 data and large-scale public monitoring, and the Dutch supervisory authority's list under Art. 35(4) (Stcrt. 2019, 64418, 27 November 2019) adds, among 17 types, fraud prevention, blacklists, credit scores, camera surveillance, location data and profiling. Whether a DPIA is needed is a decision to document, even when the answer is no.",
        "Screen the activity against Art. 35(3) and the AP list and record `dpia` with its `status` (`notRequired` with the reason in `description`, or `required`, `inProgress`, `completed`) and a `reference` to the screening or the assessment.")
    {
        Dutch = new(
            "DPIA-screening ontbreekt",
            "art. 35 lid 1, 3 en 4 AVG; Stcrt. 2019, 64418",
            "Een verwerking zonder `dpia` verwerkt strafrechtelijke gegevens of bijzondere categorieën van persoonsgegevens, of haar naam of doeleinden noemen fraude, profilering, analyse van gebruikers of gedrag, cameratoezicht, monitoring, tracking, locatiegegevens, kredietscores, of zwarte lijsten en waarschuwingssystemen (in het Nederlands of het Engels).",
            "Een gegevensbeschermingseffectbeoordeling (DPIA) is verplicht vóór een verwerking die waarschijnlijk een hoog risico inhoudt (art. 35 lid 1 AVG); art. 35 lid 3 AVG noemt profilering met aanmerkelijke gevolgen, grootschalige verwerking van gegevens uit art. 9 en art. 10 AVG en grootschalige monitoring van openbare ruimten, en de lijst van de Autoriteit Persoonsgegevens op grond van art. 35 lid 4 AVG (Stcrt. 2019, 64418, 27 november 2019) voegt daar, onder 17 soorten, fraudebestrijding, zwarte lijsten, kredietscores, cameratoezicht, locatiegegevens en profilering aan toe. Of een DPIA nodig is, is een beslissing om vast te leggen, ook als het antwoord nee is.",
            "Toets de verwerking aan art. 35 lid 3 AVG en de lijst van de AP en leg `dpia` vast met de `status` (`notRequired` met de reden in `description`, of `required`, `inProgress`, `completed`) en een `reference` naar de toetsing of de beoordeling."),
    };

    private static readonly MessageTemplate NoScreening = new(
        "'{activity}' has no DPIA screening though it {reasons}; record whether a DPIA is required (Art. 35(1), 35(3); Stcrt. 2019, 64418).",
        "'{activity}' heeft geen DPIA-screening, hoewel zij {reasons}; leg vast of een DPIA nodig is (art. 35 lid 1 en 3 AVG; Stcrt. 2019, 64418).");

    private static readonly MessageTemplate AndLast = new(
        "{first} and {last}",
        "{first} en {last}");

    private static readonly MessageTemplate CriminalData = new(
        "processes criminal-offence data",
        "strafrechtelijke gegevens verwerkt");

    private static readonly MessageTemplate SpecialData = new(
        "processes special categories of data",
        "bijzondere categorieën van persoonsgegevens verwerkt");

    private static readonly MessageTemplate Mentions = new(
        "mentions {meaning}",
        "{meaning} noemt");

    private static readonly MessageTemplate Fraud = new(
        "fraud",
        "fraude");

    private static readonly MessageTemplate Profiling = new(
        "profiling",
        "profilering");

    private static readonly MessageTemplate Analysis = new(
        "analysis of users or behaviour",
        "analyse van gebruikers of gedrag");

    private static readonly MessageTemplate Camera = new(
        "camera surveillance",
        "cameratoezicht");

    private static readonly MessageTemplate Monitoring = new(
        "monitoring",
        "het monitoren van personen");

    private static readonly MessageTemplate Tracking = new(
        "tracking",
        "het volgen van personen (tracking)");

    private static readonly MessageTemplate LocationData = new(
        "location data",
        "locatiegegevens");

    private static readonly MessageTemplate CreditScoring = new(
        "credit scoring",
        "kredietscores");

    private static readonly MessageTemplate Blacklists = new(
        "blacklists or warning systems",
        "zwarte lijsten of waarschuwingssystemen");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            var activity = activities[i];
            if (activity.Dpia is not null)
            {
                continue;
            }

            if (Reasons(context, i) is { } reasons)
            {
                yield return new Finding(
                    $"/activities/{i}/dpia",
                    NoScreening.With(("activity", activity.Name), ("reasons", Listed(reasons))));
            }
        }
    }

    private static MessageText Listed(List<MessageText> reasons) =>
        reasons.Count == 1 ? reasons[0] : AndLast.With(("first", MessageText.Join(", ", reasons.Take(reasons.Count - 1))), ("last", reasons[^1]));

    // The keywords' meanings are declared in English beside the keywords; a message gives them in its own language.
    private static MessageText Meaning(string meaning) => meaning switch
    {
        "fraud" => Fraud.Text(),
        "profiling" => Profiling.Text(),
        "analysis of users or behaviour" => Analysis.Text(),
        "camera surveillance" => Camera.Text(),
        "monitoring" => Monitoring.Text(),
        "tracking" => Tracking.Text(),
        "location data" => LocationData.Text(),
        "credit scoring" => CreditScoring.Text(),
        _ => Blacklists.Text(),
    };

    /// <summary>Gets why the activity needs a DPIA screening, each reason once, or <see langword="null"/> when nothing points to one.</summary>
    /// <remarks>
    /// Most activities give no reason, and this runs for every activity without a DPIA; so the list is made only for
    /// the first reason, rather than an iterator, a sequence of texts and a de-duplicated list for every activity.
    /// </remarks>
    private static List<MessageText>? Reasons(RuleContext context, int index)
    {
        var activity = context.Register.Activities[index];
        var categories = context.DataCategoriesOf(index);
        List<MessageText>? reasons = null;
        if (activity.CriminalOffenceGround is not null || categories.Any(pair => pair.Category.IsCriminalOffenceData))
        {
            Add(ref reasons, CriminalData.Text());
        }

        if (activity.SpecialCategoryConditions.Count > 0 || categories.Any(pair => pair.Category.SpecialCategory is not null))
        {
            Add(ref reasons, SpecialData.Text());
        }

        AddMentions(ref reasons, activity.Name);
        foreach (var purpose in activity.Purposes)
        {
            AddMentions(ref reasons, purpose);
        }

        return reasons;
    }

    private static void AddMentions(ref List<MessageText>? reasons, string text)
    {
        foreach (var keyword in Keywords.Matches(text, RiskWords))
        {
            Add(ref reasons, Mentions.With(("meaning", Meaning(keyword.Meaning))));
        }
    }

    private static void Add(ref List<MessageText>? reasons, MessageText reason)
    {
        reasons ??= [];
        if (!reasons.Contains(reason))
        {
            reasons.Add(reason);
        }
    }
}
