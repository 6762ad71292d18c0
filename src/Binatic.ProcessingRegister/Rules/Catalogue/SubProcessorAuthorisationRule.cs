using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR050: a category of processing for a client engages a sub-processor the client has not authorised: its agreement
/// records no authorisation, or a specific one that does not name the sub-processor.
/// </summary>
internal sealed class SubProcessorAuthorisationRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR050",
        "Sub-processor not authorised by the client",
        DiagnosticSeverity.Error,
        "Art. 28(2), 28(4)",
        "A client's category of processing names a sub-processor under `subProcessors` while the client's processing agreement (in place) records no `subProcessorAuthorisation`, or a `specific` one whose `authorisedSubProcessors` do not list it. A `general` authorisation covers every sub-processor; a client without an agreement in place is RPR049's.",
        "A processor may not engage another processor without the controller's prior specific or general written authorisation (Art. 28(2)). Under a specific authorisation only the sub-processors named are authorised; under a general one the processor must inform the controller of every addition or replacement so that it can object. A sub-processor the client never authorised processes its data unlawfully, whatever contract the processor has with it (Art. 28(4)).",
        "Ask the client for its written authorisation of the sub-processor and add the sub-processor to `authorisedSubProcessors` (or record `subProcessorAuthorisation: general` if the agreement gives a general one); otherwise stop engaging the sub-processor for this client.")
    {
        Dutch = new(
            "Subverwerker zonder toestemming van de opdrachtgever",
            "art. 28 lid 2 en 28 lid 4 AVG",
            "Een verwerkingscategorie van een opdrachtgever noemt onder `subProcessors` een subverwerker, terwijl de verwerkersovereenkomst van de opdrachtgever (die er is) geen `subProcessorAuthorisation` vastlegt, of een `specific` toestemming waarvan de `authorisedSubProcessors` hem niet noemen. Een `general` toestemming dekt elke subverwerker; een opdrachtgever zonder verwerkersovereenkomst is voor RPR049.",
            "Een verwerker mag geen andere verwerker in dienst nemen zonder voorafgaande specifieke of algemene schriftelijke toestemming van de verwerkingsverantwoordelijke (art. 28 lid 2 AVG). Bij een specifieke toestemming zijn alleen de genoemde subverwerkers toegestaan; bij een algemene moet de verwerker elke toevoeging of vervanging melden, zodat de verwerkingsverantwoordelijke bezwaar kan maken. Een subverwerker waarvoor de opdrachtgever nooit toestemming gaf, verwerkt diens gegevens onrechtmatig, welke overeenkomst de verwerker ook met hem heeft (art. 28 lid 4 AVG).",
            "Vraag de opdrachtgever om schriftelijke toestemming voor de subverwerker en voeg hem toe aan `authorisedSubProcessors` (of leg `subProcessorAuthorisation: general` vast als de overeenkomst een algemene toestemming geeft); schakel de subverwerker anders niet meer in voor deze opdrachtgever."),
    };

    private static readonly MessageTemplate NoAuthorisation = new(
        "'{category}' engages sub-processor '{subProcessor}', but the agreement with client '{client}' records no authorisation of sub-processors; record the client's prior written authorisation as 'subProcessorAuthorisation' (Art. 28(2), 28(4)).",
        "'{category}' schakelt subverwerker '{subProcessor}' in, maar de overeenkomst met opdrachtgever '{client}' legt geen toestemming voor subverwerkers vast; leg de voorafgaande schriftelijke toestemming van de opdrachtgever vast als 'subProcessorAuthorisation' (art. 28 lid 2 en 28 lid 4 AVG).");

    private static readonly MessageTemplate NotListed = new(
        "'{category}' engages sub-processor '{subProcessor}', which the specific authorisation of client '{client}' does not list; obtain the client's written authorisation and add it to 'authorisedSubProcessors', or stop engaging it for this client (Art. 28(2), 28(4)).",
        "'{category}' schakelt subverwerker '{subProcessor}' in, die de specifieke toestemming van opdrachtgever '{client}' niet noemt; vraag de schriftelijke toestemming van de opdrachtgever en voeg hem toe aan 'authorisedSubProcessors', of schakel hem niet meer in voor deze opdrachtgever (art. 28 lid 2 en 28 lid 4 AVG).");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var clients = context.Register.ProcessorRecord?.Clients ?? default;
        for (var i = 0; i < clients.Count; i++)
        {
            var client = clients[i];
            if (client.ProcessingAgreement is not { IsInPlace: true } agreement ||
                agreement.SubProcessorAuthorisation == SubProcessorAuthorisation.General)
            {
                continue;
            }

            var message = agreement.SubProcessorAuthorisation is null ? NoAuthorisation : NotListed;
            var reported = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < client.Processing.Count; j++)
            {
                var category = client.Processing[j];
                for (var k = 0; k < category.SubProcessors.Count; k++)
                {
                    var subProcessor = category.SubProcessors[k];
                    if (!IsAuthorised(agreement, subProcessor) && reported.Add(subProcessor))
                    {
                        yield return new Finding(
                            $"/processorRecord/clients/{i}/processing/{j}/subProcessors/{k}",
                            message.With(("category", category.Name), ("subProcessor", subProcessor), ("client", client.Id)));
                    }
                }
            }
        }
    }

    // Without a recorded authorisation, a list of sub-processors authorises none: the kind of authorisation decides
    // what the list means.
    private static bool IsAuthorised(ClientAgreement agreement, string subProcessor) =>
        agreement.SubProcessorAuthorisation is not null && agreement.AuthorisedSubProcessors.Contains(subProcessor, StringComparer.Ordinal);
}
