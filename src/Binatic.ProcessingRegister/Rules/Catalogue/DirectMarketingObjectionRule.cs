using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR016: an activity pursues direct marketing, but the register does not offer the absolute right to object to it.</summary>
internal sealed class DirectMarketingObjectionRule : Rule
{
    // Words that show a purpose or interest is (direct) marketing, in Dutch and English. "marketing", "nieuwsbrie"
    // and "newsletter" mean marketing in every compound ("marketingdoeleinden", "telemarketing",
    // "e-mailnieuwsbrief", "nieuwsbrieven"), so they match inside words. "reclame" does not: most of its compounds are
    // a municipality's business rather than marketing to people ("reclamebelasting" is a tax, "reclamevergunning" a
    // permit, "reclamebord" and "buitenreclame" are signs) and "reclameren" means to complain; so it is a whole word
    // ("reclame", "reclame-uitingen"), and the compounds that do mean advertising to people are listed. "advertis" and
    // "advertentie" are stems ("advertising", "advertisements", "advertenties"); the English open compounds for the
    // same tax, permits and signs, and job advertisements, are exceptions.
    private static readonly KeywordSet MarketingWords = new(
    [
        new("marketing", KeywordMatch.InsideWords),
        new("nieuwsbrie", KeywordMatch.InsideWords),
        new("newsletter", KeywordMatch.InsideWords),
        new("reclame"),
        new("reclames"),
        new("reclamedoeleinden"),
        new("reclamemail", KeywordMatch.WordStart),
        new("reclamefolder", KeywordMatch.WordStart),
        new("reclamecampagne", KeywordMatch.WordStart),
        new("reclameboodschap", KeywordMatch.WordStart),
        new("advertis", KeywordMatch.WordStart)
        {
            Except =
            [
                "advertising tax", "advertising permit", "advertising licen", "advertising sign", "advertising hoarding",
                "advertising board", "outdoor advertis", "job advertis",
            ],
        },
        new("advertentie", KeywordMatch.WordStart) { Except = ["vacature-advertentie"] },
        new("direct mail", KeywordMatch.WordStart),
    ]);

    public override RuleDescriptor Descriptor { get; } = new(
        "RPR016",
        "Direct marketing without the objection route",
        DiagnosticSeverity.Warning,
        "Art. 21(2)-(4); Recital 47",
        "An activity's purposes or legitimate interests mention marketing (marketing, nieuwsbrief, newsletter, reclame, advertising), while `dataSubjectRights.rights` does not list the right to object to direct marketing (`objectionToDirectMarketing`). The general right to object (`objection`, Art. 21(1)) does not count: it allows the controller a balancing that Art. 21(3) rules out for marketing.",
        "Recital 47 accepts direct marketing as a possible legitimate interest, but Art. 21(2)-(3) gives data subjects an absolute right to object to it at any time, without a balancing test, after which the data may no longer be used for marketing; Art. 21(4) requires that right to be brought to their attention explicitly and separately, at the latest at the first communication.",
        "Add `objectionToDirectMarketing` to `dataSubjectRights.rights`, describing that objecting to direct marketing is possible at any time and free of charge and stops the marketing, and say how (for example an unsubscribe link in every message).")
    {
        Dutch = new(
            "Direct marketing zonder de route voor bezwaar",
            "art. 21 lid 2 tot en met 4 AVG; overweging 47 AVG",
            "De doeleinden of gerechtvaardigde belangen van een verwerking noemen marketing (marketing, nieuwsbrief, newsletter, reclame, advertising), terwijl `dataSubjectRights.rights` het recht van bezwaar tegen direct marketing (`objectionToDirectMarketing`) niet noemt. Het algemene recht van bezwaar (`objection`, art. 21 lid 1 AVG) telt niet: dat laat de verwerkingsverantwoordelijke een afweging die art. 21 lid 3 AVG voor marketing uitsluit.",
            "Overweging 47 AVG aanvaardt direct marketing als mogelijk gerechtvaardigd belang, maar art. 21 lid 2 en 3 AVG geeft betrokkenen een absoluut recht om er op elk moment bezwaar tegen te maken, zonder belangenafweging, waarna de gegevens niet meer voor marketing mogen worden gebruikt; art. 21 lid 4 AVG vraagt dat recht uitdrukkelijk en gescheiden van andere informatie onder de aandacht te brengen, uiterlijk bij het eerste contact.",
            "Voeg `objectionToDirectMarketing` toe aan `dataSubjectRights.rights`, met de beschrijving dat bezwaar tegen direct marketing op elk moment en kosteloos mogelijk is en de marketing stopt, en zeg hoe (bijvoorbeeld met een afmeldlink in elk bericht)."),
    };

    private static readonly MessageTemplate NoObjectionRoute = new(
        "'{activity}' is used for marketing, but the register does not offer the right to object to direct marketing ('objectionToDirectMarketing'); that objection is absolute, possible at any time, and must be brought to data subjects' attention explicitly (Art. 21(2)-(4)).",
        "'{activity}' wordt gebruikt voor marketing, maar het register biedt niet het recht van bezwaar tegen direct marketing ('objectionToDirectMarketing'); dat bezwaar is absoluut, op elk moment mogelijk, en moet uitdrukkelijk onder de aandacht van betrokkenen worden gebracht (art. 21 lid 2 tot en met 4 AVG).");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var rights = context.Register.DataSubjectRights?.Rights ?? [];
        if (rights.Any(right => right.Kind == DataSubjectRightKind.ObjectionToDirectMarketing))
        {
            yield break;
        }

        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            var pointer = FirstMentionOfMarketing(activities[i], i);
            if (pointer is not null)
            {
                yield return new Finding(
                    pointer,
                    NoObjectionRoute.With(("activity", activities[i].Name)));
            }
        }
    }

    private static string? FirstMentionOfMarketing(ProcessingActivity activity, int index)
    {
        for (var p = 0; p < activity.Purposes.Count; p++)
        {
            if (Keywords.Mentions(activity.Purposes[p], MarketingWords))
            {
                return $"/activities/{index}/purposes/{p}";
            }
        }

        for (var j = 0; j < activity.LegalBases.Count; j++)
        {
            var interests = activity.LegalBases[j].Interests;
            for (var k = 0; k < interests.Count; k++)
            {
                if (Keywords.Mentions(interests[k], MarketingWords))
                {
                    return $"/activities/{index}/legalBases/{j}/interests/{k}";
                }
            }
        }

        return null;
    }
}
