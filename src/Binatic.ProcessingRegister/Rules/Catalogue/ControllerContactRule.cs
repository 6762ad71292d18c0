using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR001: the controller has no name, or no postal address and no e-mail address to reach it by.</summary>
internal sealed class ControllerContactRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR001",
        "Controller name or contact details missing",
        DiagnosticSeverity.Error,
        "Art. 30(1)(a)",
        "The controller has an empty name, or neither a postal address nor an e-mail address. A name alone, or a telephone number or website alone, does not count: the record must say where the controller can be reached in writing.",
        "Art. 30(1)(a) requires the record to contain the name and contact details of the controller. The supervisory authority asks for the record (Art. 30(4)) and data subjects address their requests to the controller; without an address or e-mail address neither can reach it.",
        "Fill in `controller.name` and add `controller.address` (street, postal code, city, country) and/or `controller.email`, preferably the address for privacy questions.")
    {
        Dutch = new(
            "Naam of contactgegevens van de verwerkingsverantwoordelijke ontbreken",
            "art. 30 lid 1 onder a AVG",
            "De verwerkingsverantwoordelijke heeft een lege naam, of geen postadres en geen e-mailadres. Alleen een naam, of alleen een telefoonnummer of website, telt niet: het register moet zeggen waar de verwerkingsverantwoordelijke schriftelijk te bereiken is.",
            "Art. 30 lid 1 onder a AVG vraagt het register de naam en de contactgegevens van de verwerkingsverantwoordelijke te bevatten. De toezichthoudende autoriteit vraagt het register op (art. 30 lid 4 AVG) en betrokkenen richten hun verzoeken aan de verwerkingsverantwoordelijke; zonder adres of e-mailadres kan geen van beide hem bereiken.",
            "Vul `controller.name` in en voeg `controller.address` (straat, postcode, plaats, land) en/of `controller.email` toe, bij voorkeur het adres voor privacyvragen."),
    };

    private static readonly MessageTemplate NoName = new(
        "The controller has no name; state the organisation's legal name (Art. 30(1)(a)).",
        "De verwerkingsverantwoordelijke heeft geen naam; vermeld de statutaire naam van de organisatie (art. 30 lid 1 onder a AVG).");

    private static readonly MessageTemplate Unreachable = new(
        "The controller '{controller}' has neither a postal address nor an e-mail address; add 'address' or 'email' so that it can be reached (Art. 30(1)(a)).",
        "De verwerkingsverantwoordelijke '{controller}' heeft geen postadres en geen e-mailadres; voeg 'address' of 'email' toe, zodat hij te bereiken is (art. 30 lid 1 onder a AVG).");

    private static readonly MessageTemplate Unnamed = new(
        "(unnamed)",
        "(zonder naam)");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        for (var i = 0; i < context.Register.Controllers.Count; i++)
        {
            var contact = context.Register.Controllers[i].Contact;
            var at = context.ControllerPointer(i);
            if (string.IsNullOrWhiteSpace(contact.Name))
            {
                yield return new Finding(
                    $"{at}/name",
                    NoName.Text());
            }

            if (!HasAddress(contact.Address) && string.IsNullOrWhiteSpace(contact.Email))
            {
                yield return new Finding(
                    $"{at}/address",
                    Unreachable.With(("controller", NameOf(contact))));
            }
        }
    }

    private static bool HasAddress(PostalAddress? address) =>
        address is not null && !(string.IsNullOrWhiteSpace(address.Street) && string.IsNullOrWhiteSpace(address.City));

    private static object NameOf(ContactDetails contact) =>
        string.IsNullOrWhiteSpace(contact.Name) ? Unnamed.Text() : contact.Name;
}
