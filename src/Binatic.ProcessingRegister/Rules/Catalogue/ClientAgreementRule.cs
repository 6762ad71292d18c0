using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR049: a client of a processor's record has no Art. 28(3) processing agreement on record, or one that is not in
/// place or cannot be found: RPR032 seen from the processor's side.
/// </summary>
internal sealed class ClientAgreementRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR049",
        "Client without a processing agreement",
        DiagnosticSeverity.Error,
        "Art. 28(3), 28(9)",
        "A client under `processorRecord.clients` has no `processingAgreement`, or one with `inPlace: false`, or one without a `reference` to where the agreement is kept.",
        "A processor may process personal data on a controller's behalf only under a binding contract that sets out the subject, duration, nature and purpose of the processing, the data and the data subjects, and the processor's duties of Art. 28(3)(a)-(h); it must be in writing, which includes electronic form (Art. 28(9)). The duty rests on the processor as well as on the controller: a processor that processes without one acts without documented instructions.",
        "Conclude a processing agreement with the client (the Commission's Art. 28(7) clauses, Decision (EU) 2021/915, will do) and record `processingAgreement` with `inPlace: true` and a `reference` to the signed document.")
    {
        Dutch = new(
            "Opdrachtgever zonder verwerkersovereenkomst",
            "art. 28 lid 3 en 28 lid 9 AVG",
            "Een opdrachtgever onder `processorRecord.clients` heeft geen `processingAgreement`, of een met `inPlace: false`, of een zonder `reference` naar de plaats waar de overeenkomst wordt bewaard.",
            "Een verwerker mag persoonsgegevens alleen namens een verwerkingsverantwoordelijke verwerken op grond van een bindende overeenkomst die het onderwerp, de duur, de aard en het doel van de verwerking, de soort persoonsgegevens en de categorieën van betrokkenen vastlegt, en de plichten van de verwerker uit art. 28 lid 3 onder a tot en met h AVG; zij moet schriftelijk zijn, waaronder in elektronische vorm (art. 28 lid 9 AVG). De plicht rust op de verwerker net zo goed als op de verwerkingsverantwoordelijke: een verwerker die zonder overeenkomst verwerkt, handelt zonder vastgelegde instructies.",
            "Sluit een verwerkersovereenkomst met de opdrachtgever (de standaardcontractbepalingen van de Commissie volgens art. 28 lid 7 AVG, Uitvoeringsbesluit (EU) 2021/915, volstaan) en leg `processingAgreement` vast met `inPlace: true` en een `reference` naar het ondertekende document."),
    };

    private static readonly MessageTemplate NoAgreement = new(
        "Client '{client}' has no processing agreement on record; conclude one and add 'processingAgreement' with its reference (Art. 28(3), 28(9)).",
        "Opdrachtgever '{client}' heeft geen vastgelegde verwerkersovereenkomst; sluit er een en voeg 'processingAgreement' toe met de vindplaats ervan (art. 28 lid 3 en 28 lid 9 AVG).");

    private static readonly MessageTemplate NotInPlace = new(
        "The data of client '{client}' is processed without a processing agreement in place; have one signed, since processing on a controller's behalf requires it (Art. 28(3), 28(9)).",
        "De gegevens van opdrachtgever '{client}' worden verwerkt zonder dat er een verwerkersovereenkomst is; laat er een ondertekenen, want verwerken namens een verwerkingsverantwoordelijke vereist die (art. 28 lid 3 en 28 lid 9 AVG).");

    private static readonly MessageTemplate NoReference = new(
        "The processing agreement with client '{client}' has no reference; add where the signed agreement is kept (Art. 28(3), 28(9)).",
        "De verwerkersovereenkomst met opdrachtgever '{client}' heeft geen vindplaats; vermeld waar de ondertekende overeenkomst wordt bewaard (art. 28 lid 3 en 28 lid 9 AVG).");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var clients = context.Register.ProcessorRecord?.Clients ?? default;
        for (var i = 0; i < clients.Count; i++)
        {
            var client = clients[i];
            var at = $"/processorRecord/clients/{i}/processingAgreement";
            if (client.ProcessingAgreement is not { } agreement)
            {
                yield return new Finding(
                    at,
                    NoAgreement.With(("client", client.Id)));
            }
            else if (!agreement.IsInPlace)
            {
                yield return new Finding(
                    $"{at}/inPlace",
                    NotInPlace.With(("client", client.Id)));
            }
            else if (string.IsNullOrWhiteSpace(agreement.Reference))
            {
                yield return new Finding(
                    $"{at}/reference",
                    NoReference.With(("client", client.Id)));
            }
        }
    }
}
