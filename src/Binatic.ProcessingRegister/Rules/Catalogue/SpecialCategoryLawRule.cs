using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR045: an activity relies on an Art. 9(2) condition that applies only on the basis of Union or Member State law,
/// points (b), (g), (h), (i) and (j), without naming that law.
/// </summary>
internal sealed class SpecialCategoryLawRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR045",
        "Art. 9(2) condition without the law it requires",
        DiagnosticSeverity.Warning,
        "Art. 9(2)(b), (g), (h), (i), (j), 9(3)",
        "A `specialCategoryConditions` entry relies on `employmentAndSocialSecurity` (Art. 9(2)(b)), `substantialPublicInterest` (g), `healthOrSocialCare` (h), `publicHealth` (i) or `archivingResearchOrStatistics` (j) and has no `law`.",
        "These five conditions do not lift the ban of Art. 9(1) on their own: (b) applies in so far as Union or Member State law, or a collective agreement under Member State law, authorises the processing; (g), (i) and (j) only on the basis of Union or Member State law that provides suitable and specific measures; (h) on the basis of such law or under a contract with a health professional bound by secrecy (Art. 9(3)). A record that names the condition without that law does not show that the condition applies, and the controller cannot check that the processing stays within it. In the Netherlands the UAVG supplies much of that law, such as art. 30 for health data and art. 24 for research and statistics. A warning rather than an error, as for a legal obligation without its statute (RPR014): the finding is that the record does not name the law, not that no law exists, and for (b) and (h) the ground may be a collective agreement or a contract instead.",
        "Add `law` to the condition with the act and article that provide for it, such as \"UAVG art. 30\" for sick-leave data an employer needs for reintegration; for (b) or (h) name the collective agreement or the contract with the health professional if that is the ground. If no law provides for the processing, rely on another Art. 9(2) condition or stop processing the data.")
    {
        Dutch = new(
            "Voorwaarde van art. 9 lid 2 AVG zonder de wet die zij vraagt",
            "art. 9 lid 2 onder b, g, h, i en j en 9 lid 3 AVG",
            "Een vermelding in `specialCategoryConditions` berust op `employmentAndSocialSecurity` (art. 9 lid 2 onder b AVG), `substantialPublicInterest` (onder g), `healthOrSocialCare` (onder h), `publicHealth` (onder i) of `archivingResearchOrStatistics` (onder j) en heeft geen `law`.",
            "Deze vijf voorwaarden heffen het verbod van art. 9 lid 1 AVG niet op zichzelf op: onder b geldt voor zover Unierecht of lidstatelijk recht, of een collectieve overeenkomst op grond van lidstatelijk recht, de verwerking toestaat; onder g, i en j alleen op grond van Unierecht of lidstatelijk recht dat passende en specifieke maatregelen biedt; onder h op grond van zulk recht of uit hoofde van een overeenkomst met een gezondheidswerker die aan het beroepsgeheim is gebonden (art. 9 lid 3 AVG). Een register dat de voorwaarde noemt zonder dat recht, laat niet zien dat de voorwaarde van toepassing is, en de verwerkingsverantwoordelijke kan niet nagaan of de verwerking erbinnen blijft. In Nederland levert de UAVG veel van dat recht, zoals art. 30 UAVG voor gegevens over gezondheid en art. 24 UAVG voor onderzoek en statistiek. Een waarschuwing en geen fout, net als bij een wettelijke verplichting zonder haar wet (RPR014): de bevinding is dat het register de wet niet noemt, niet dat er geen wet is, en onder b en h kan de grond ook een collectieve arbeidsovereenkomst of een overeenkomst zijn.",
            "Voeg `law` toe aan de voorwaarde met de wet en het artikel die erin voorzien, zoals \"UAVG art. 30\" voor verzuimgegevens die een werkgever nodig heeft voor de re-integratie; noem onder b of h de collectieve arbeidsovereenkomst of de overeenkomst met de gezondheidswerker als dat de grond is. Voorziet geen wet in de verwerking, baseer haar dan op een andere voorwaarde van art. 9 lid 2 AVG of stop met het verwerken van de gegevens."),
    };

    private static readonly MessageTemplate EmploymentWithoutLaw = new(
        "'{activity}' relies on Art. 9(2)(b) (employment and social-security law) without the law or collective agreement that authorises the processing; add 'law' with the act and article (Art. 9(2)(b)).",
        "'{activity}' beroept zich op art. 9 lid 2 onder b AVG (arbeidsrecht en socialezekerheidsrecht) zonder de wet of de collectieve arbeidsovereenkomst die de verwerking toestaat; voeg 'law' toe met de wet en het artikel (art. 9 lid 2 onder b AVG).");

    private static readonly MessageTemplate PublicInterestWithoutLaw = new(
        "'{activity}' relies on Art. 9(2)(g) (substantial public interest) without the Union or Member State law it rests on; add 'law' with the act and article (Art. 9(2)(g)).",
        "'{activity}' beroept zich op art. 9 lid 2 onder g AVG (zwaarwegend algemeen belang) zonder het Unierecht of lidstatelijk recht waarop die voorwaarde berust; voeg 'law' toe met de wet en het artikel (art. 9 lid 2 onder g AVG).");

    private static readonly MessageTemplate CareWithoutLaw = new(
        "'{activity}' relies on Art. 9(2)(h) (health or social care) without the law, or the contract with a health professional, it rests on; add 'law' with the act and article (Art. 9(2)(h), 9(3)).",
        "'{activity}' beroept zich op art. 9 lid 2 onder h AVG (gezondheidszorg of sociale diensten) zonder de wet, of de overeenkomst met een gezondheidswerker, waarop die voorwaarde berust; voeg 'law' toe met de wet en het artikel (art. 9 lid 2 onder h en 9 lid 3 AVG).");

    private static readonly MessageTemplate PublicHealthWithoutLaw = new(
        "'{activity}' relies on Art. 9(2)(i) (public health) without the Union or Member State law it rests on; add 'law' with the act and article (Art. 9(2)(i)).",
        "'{activity}' beroept zich op art. 9 lid 2 onder i AVG (volksgezondheid) zonder het Unierecht of lidstatelijk recht waarop die voorwaarde berust; voeg 'law' toe met de wet en het artikel (art. 9 lid 2 onder i AVG).");

    private static readonly MessageTemplate ResearchWithoutLaw = new(
        "'{activity}' relies on Art. 9(2)(j) (archiving, research or statistics) without the Union or Member State law it rests on; add 'law' with the act and article (Art. 9(2)(j), 89(1)).",
        "'{activity}' beroept zich op art. 9 lid 2 onder j AVG (archivering, onderzoek of statistiek) zonder het Unierecht of lidstatelijk recht waarop die voorwaarde berust; voeg 'law' toe met de wet en het artikel (art. 9 lid 2 onder j en 89 lid 1 AVG).");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            var conditions = activities[i].SpecialCategoryConditions;
            for (var j = 0; j < conditions.Count; j++)
            {
                if (WithoutLaw(conditions[j].Condition) is { } message && string.IsNullOrWhiteSpace(conditions[j].Law))
                {
                    yield return new Finding(
                        $"/activities/{i}/specialCategoryConditions/{j}/condition",
                        message.With(("activity", activities[i].Name)));
                }
            }
        }
    }

    /// <summary>Gets the message for a condition that requires law and names none, or <see langword="null"/> for one that needs no law.</summary>
    private static MessageTemplate? WithoutLaw(Article9Condition condition) => condition switch
    {
        Article9Condition.EmploymentAndSocialSecurity => EmploymentWithoutLaw,
        Article9Condition.SubstantialPublicInterest => PublicInterestWithoutLaw,
        Article9Condition.HealthOrSocialCare => CareWithoutLaw,
        Article9Condition.PublicHealth => PublicHealthWithoutLaw,
        Article9Condition.ArchivingResearchOrStatistics => ResearchWithoutLaw,
        _ => null,
    };
}
