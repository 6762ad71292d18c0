using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR014: a legal obligation (Art. 6(1)(c)) is relied on without naming the law that imposes it.</summary>
internal sealed class LegalObligationStatuteRule : Rule
{
    // Wording that describes law in general instead of citing it ("various laws and regulations, including but not
    // limited to tax law"), in Dutch and English. Each starts a word and ignores case, so that inflections count
    // ("toepasselijke wetgeving", "applicable laws") but "zonder meer" is not "onder meer"; a citation such as
    // "Algemene wet inzake rijksbelastingen, art. 52" contains none of them.
    private static readonly KeywordSet GeneralWording = KeywordSet.Of(
        KeywordMatch.WordStart,
        "wet- en regelgeving", "wet en regelgeving", "wetten en regels", "laws and regulations", "rules and regulations",
        "verschillende", "various", "diverse", "niet uitputtend", "not limited to", "bijvoorbeeld", "e.g.",
        "onder andere", "onder meer", "among others", "toepasselijke wet", "geldende wet", "applicable law");

    public override RuleDescriptor Descriptor { get; } = new(
        "RPR014",
        "Legal obligation without the statute",
        DiagnosticSeverity.Warning,
        "Art. 6(1)(c), 6(3)",
        "A legal basis of legal obligation (Art. 6(1)(c)) has no `law`, or its `law` describes legislation in general (\"various laws and regulations\") instead of naming an act and article.",
        "Art. 6(3) requires the obligation to be laid down by Union or Member State law; without the provision the controller cannot show that the processing is necessary to comply with it, nor derive the retention period it prescribes. The EDPB's 2025 coordinated enforcement report on erasure (adopted 10 February 2026) asks controllers to cite the legal obligation behind retention in the record.",
        "Add `law` with the act and article that impose the obligation, such as \"Algemene wet inzake rijksbelastingen, art. 52\" for tax records (seven years). If no specific law requires the processing, rely on another basis.")
    {
        Dutch = new(
            "Wettelijke verplichting zonder de wet",
            "art. 6 lid 1 onder c en 6 lid 3 AVG",
            "Een rechtsgrond van wettelijke verplichting (art. 6 lid 1 onder c AVG) heeft geen `law`, of de `law` beschrijft wetgeving in het algemeen (\"diverse wet- en regelgeving\") in plaats van een wet en artikel te noemen.",
            "Art. 6 lid 3 AVG eist dat de verplichting is vastgesteld bij Unierecht of lidstatelijk recht; zonder de bepaling kan de verwerkingsverantwoordelijke niet laten zien dat de verwerking noodzakelijk is om aan de verplichting te voldoen, en evenmin de bewaartermijn afleiden die zij voorschrijft. Het EDPB-rapport over de gecoördineerde handhavingsactie van 2025 over het recht op gegevenswissing (vastgesteld op 10 februari 2026) vraagt verwerkingsverantwoordelijken de wettelijke verplichting achter een bewaartermijn in het register te vermelden.",
            "Voeg `law` toe met de wet en het artikel die de verplichting opleggen, zoals \"Algemene wet inzake rijksbelastingen, art. 52\" voor de fiscale administratie (zeven jaar). Als geen specifieke wet de verwerking voorschrijft, kies dan een andere rechtsgrond."),
    };

    private static readonly MessageTemplate NoLaw = new(
        "'{activity}' relies on a legal obligation without naming the law that imposes it; add 'law' with the act and article (Art. 6(1)(c), 6(3)).",
        "'{activity}' berust op een wettelijke verplichting zonder de wet te noemen die haar oplegt; voeg 'law' toe met de wet en het artikel (art. 6 lid 1 onder c en 6 lid 3 AVG).");

    private static readonly MessageTemplate GeneralLaw = new(
        "'{activity}' cites '{law}' as its legal obligation, which names no specific law; cite the act and article (Art. 6(1)(c), 6(3)).",
        "'{activity}' noemt '{law}' als wettelijke verplichting, maar daarmee is geen specifieke wet genoemd; noem de wet en het artikel (art. 6 lid 1 onder c en 6 lid 3 AVG).");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        foreach (var (activity, ground, pointer) in LawfulnessChecks.LegalBases(context.Register, window))
        {
            if (ground.Basis != LegalBasis.LegalObligation)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(ground.Law))
            {
                yield return new Finding(
                    $"{pointer}/basis",
                    NoLaw.With(("activity", activity.Name)));
            }
            else if (Keywords.Mentions(ground.Law, GeneralWording))
            {
                yield return new Finding(
                    $"{pointer}/law",
                    GeneralLaw.With(("activity", activity.Name), ("law", ground.Law)));
            }
        }
    }
}
