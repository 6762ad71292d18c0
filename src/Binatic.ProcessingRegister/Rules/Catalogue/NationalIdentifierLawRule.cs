using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR047: a data category is a national identification number, such as the BSN, without the law that allows its use.</summary>
internal sealed class NationalIdentifierLawRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR047",
        "National identification number without the law that allows it",
        DiagnosticSeverity.Error,
        "Art. 87; UAVG art. 46",
        "A data category has a `nationalIdentifier` (such as the BSN) without `law`.",
        "Member States determine the conditions for processing a national identification number (Art. 87). In the Netherlands a number that the law prescribes to identify a person may be used only to carry out that law or for purposes the law lays down (UAVG art. 46(1)): public bodies use the BSN for their tasks under the Wet algemene bepalingen burgerservicenummer, art. 10, and anyone else only where a specific law allows it. Using the BSN without such a law is unlawful whatever the Art. 6(1) basis, so the record must name the law; a category without it is an error.",
        "Add `law` under the category's `nationalIdentifier` with the act and article that allow its use, such as \"Wet algemene bepalingen burgerservicenummer, art. 10\" for a public body. If no law allows it, stop recording the number and identify people otherwise.")
    {
        Dutch = new(
            "Nationaal identificatienummer zonder de wet die het gebruik toestaat",
            "art. 87 AVG; art. 46 UAVG",
            "Een categorie persoonsgegevens heeft een `nationalIdentifier` (zoals het BSN) zonder `law`.",
            "De lidstaten stellen de voorwaarden vast voor de verwerking van een nationaal identificatienummer (art. 87 AVG). In Nederland mag een nummer dat bij wet is voorgeschreven ter identificatie van een persoon alleen worden gebruikt ter uitvoering van die wet of voor doeleinden die bij de wet zijn bepaald (art. 46 lid 1 UAVG): overheidsorganen gebruiken het BSN voor hun taken op grond van art. 10 van de Wet algemene bepalingen burgerservicenummer, en anderen alleen waar een specifieke wet dat toestaat. Het BSN gebruiken zonder zo'n wet is onrechtmatig, welke rechtsgrond uit art. 6 lid 1 AVG er ook is, dus het register moet de wet noemen; een categorie zonder die wet is een fout.",
            "Voeg onder de `nationalIdentifier` van de categorie `law` toe met de wet en het artikel die het gebruik toestaan, zoals \"Wet algemene bepalingen burgerservicenummer, art. 10\" voor een overheidsorgaan. Staat geen wet het toe, leg het nummer dan niet langer vast en identificeer mensen op een andere manier."),
    };

    private static readonly MessageTemplate NoLaw = new(
        "The data category '{category}' is {number} without the law that allows its use; add 'law' under 'nationalIdentifier' with the act and article, such as 'Wet algemene bepalingen burgerservicenummer, art. 10' (Art. 87; UAVG art. 46).",
        "De categorie persoonsgegevens '{category}' is {number} zonder de wet die het gebruik ervan toestaat; voeg onder 'nationalIdentifier' 'law' toe met de wet en het artikel, zoals 'Wet algemene bepalingen burgerservicenummer, art. 10' (art. 87 AVG; art. 46 UAVG).");

    private static readonly MessageTemplate ANumber = new(
        "a national identification number",
        "een nationaal identificatienummer");

    private static readonly MessageTemplate ANamedNumber = new(
        "a national identification number ({name})",
        "een nationaal identificatienummer ({name})");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var categories = context.Register.DataCategories;
        for (var i = 0; i < categories.Count; i++)
        {
            if (categories[i].NationalIdentifier is { } identifier && string.IsNullOrWhiteSpace(identifier.Law))
            {
                var number = string.IsNullOrWhiteSpace(identifier.Name) ? ANumber.Text() : ANamedNumber.With(("name", identifier.Name));
                yield return new Finding(
                    $"/dataCategories/{i}/nationalIdentifier/law",
                    NoLaw.With(("category", categories[i].Id), ("number", number)));
            }
        }
    }
}
