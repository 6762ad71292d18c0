using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR019: an activity processes criminal-offence data without an Art. 10 ground.</summary>
internal sealed class CriminalOffenceGroundRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR019",
        "Criminal-offence data without an Art. 10 ground",
        DiagnosticSeverity.Error,
        "Art. 10; UAVG arts. 31-33",
        "An activity refers to a data category marked `criminalOffenceData: true` but has no `criminalOffenceGround`.",
        "Art. 10 allows personal data relating to criminal convictions and offences only under the control of official authority or when Union or Member State law authorises it with safeguards. In the Netherlands UAVG art. 31 permits such data only on the grounds of arts. 32-33, for example art. 33(2) for the controller's own purposes: assessing a data subject's request, or protecting itself and its staff against offences committed or expected against them. An Art. 6(1) basis such as legitimate interests does not suffice.",
        "Add `criminalOffenceGround` to the activity with the ground in words and the provision relied on in `law` (such as \"UAVG art. 33(2)(b)\"); if no ground applies, stop processing the data.")
    {
        Dutch = new(
            "Strafrechtelijke gegevens zonder grond uit art. 10 AVG",
            "art. 10 AVG; art. 31-33 UAVG",
            "Een verwerking verwijst naar een categorie persoonsgegevens met `criminalOffenceData: true`, maar heeft geen `criminalOffenceGround`.",
            "Art. 10 AVG staat de verwerking van persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten alleen toe onder toezicht van de overheid, of als het Unierecht of lidstatelijk recht dat met passende waarborgen toestaat. In Nederland staat art. 31 UAVG zulke gegevens alleen toe op de gronden van art. 32-33 UAVG, bijvoorbeeld art. 33 lid 2 UAVG voor eigen doeleinden van de verwerkingsverantwoordelijke: de beoordeling van een verzoek van de betrokkene, of de bescherming van zichzelf en zijn personeel tegen strafbare feiten die tegen hen zijn of naar verwachting worden gepleegd. Een grondslag uit art. 6 lid 1 AVG, zoals gerechtvaardigd belang, is niet genoeg.",
            "Voeg `criminalOffenceGround` toe aan de verwerking met de grond in woorden en de toegepaste bepaling in `law` (zoals \"UAVG art. 33 lid 2 onder b\"); als geen grond van toepassing is, stop dan met het verwerken van de gegevens."),
    };

    private static readonly MessageTemplate NoGround = new(
        "'{activity}' processes criminal-offence data '{category}' without an Art. 10 ground; add 'criminalOffenceGround' with the provision relied on (Art. 10; UAVG arts. 31-33).",
        "'{activity}' verwerkt strafrechtelijke gegevens '{category}' zonder grond uit art. 10 AVG; voeg 'criminalOffenceGround' toe met de toegepaste bepaling (art. 10 AVG; art. 31-33 UAVG).");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            if (!string.IsNullOrWhiteSpace(activities[i].CriminalOffenceGround?.Description))
            {
                continue;
            }

            foreach (var (category, k) in context.DataCategoriesOf(i))
            {
                if (category.IsCriminalOffenceData)
                {
                    yield return new Finding(
                        $"/activities/{i}/dataCategories/{k}",
                        NoGround.With(("activity", activities[i].Name), ("category", category.Id)));
                }
            }
        }
    }
}
