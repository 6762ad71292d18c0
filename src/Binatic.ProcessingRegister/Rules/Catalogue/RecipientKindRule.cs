using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR057: a recipient does not say what kind of party it is.</summary>
internal sealed class RecipientKindRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR057",
        "Kind of recipient not stated",
        DiagnosticSeverity.Warning,
        "Art. 30(1)(d), 4(9)",
        "A recipient has no `kind`: the register does not say whether it is a group company, a public authority, a third party or an international organisation.",
        "Art. 30(1)(d) asks for the categories of recipients, and which kind a recipient is decides what else the record must say: a group company's role (RPR034), whether a public authority receives data under a particular inquiry (Art. 4(9)), whether data goes to an international organisation (Art. 30(1)(e)). A register imported from a spreadsheet often names a recipient without saying which.",
        "Set `kind` to `groupCompany`, `publicAuthority`, `thirdParty` or `internationalOrganisation`; a party that processes on the controller's behalf belongs under `processors`.")
    {
        Dutch = new(
            "Soort ontvanger niet vermeld",
            "art. 30 lid 1 onder d en 4 punt 9 AVG",
            "Een ontvanger heeft geen `kind`: het register zegt niet of het een groepsmaatschappij, een overheidsinstantie, een derde of een internationale organisatie is.",
            "Art. 30 lid 1 onder d AVG vraagt de categorieën van ontvangers, en het soort ontvanger bepaalt wat het register verder moet zeggen: de rol van een groepsmaatschappij (RPR034), of een overheidsinstantie gegevens ontvangt in het kader van een bijzonder onderzoek (art. 4 punt 9 AVG), of gegevens naar een internationale organisatie gaan (art. 30 lid 1 onder e AVG). Een uit een spreadsheet geïmporteerd register noemt een ontvanger vaak zonder te zeggen welk soort.",
            "Zet `kind` op `groupCompany`, `publicAuthority`, `thirdParty` of `internationalOrganisation`; een partij die in opdracht van de verwerkingsverantwoordelijke verwerkt, hoort onder `processors`."),
    };

    private static readonly MessageTemplate NotStated = new(
        "Recipient '{recipient}' does not say what kind of party it is; set 'kind' to groupCompany, publicAuthority, thirdParty or internationalOrganisation (Art. 30(1)(d)).",
        "Ontvanger '{recipient}' zegt niet wat voor partij het is; zet 'kind' op groupCompany, publicAuthority, thirdParty of internationalOrganisation (art. 30 lid 1 onder d AVG).");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var recipients = context.Register.Recipients;
        for (var i = 0; i < recipients.Count; i++)
        {
            if (recipients[i].Kind is null)
            {
                yield return new Finding($"/recipients/{i}/kind", NotStated.With(("recipient", recipients[i].Id)));
            }
        }
    }
}
