using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR055: an item Art. 30(2)(a)-(b) asks of a processor's record is not stated: the processor's own name and contact
/// details, or the categories of processing carried out for a client.
/// </summary>
internal sealed class ProcessorRecordItemsRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR055",
        "Processor record item not stated",
        DiagnosticSeverity.Warning,
        "Art. 30(2)(a)-(b)",
        "The processor's record has no `processor` (unless the register is also the controller's record, with `role: controllerAndProcessor`, and has exactly one controller, whose details then serve), or a client under `processorRecord.clients` has no `processing`.",
        "Art. 30(2) lists what a processor's record must contain: (a) the name and contact details of the processor and of each controller it acts for, with their representatives and data protection officers, and (b) the categories of processing carried out on behalf of each controller. A supervisory authority that asks for the record (Art. 30(4)) must be able to see who processes and what is done for whom.",
        "Add `processor` under `processorRecord` with the processor's name and contact details; list under each client's `processing` the categories of processing carried out for it, such as hosting or back-up.")
    {
        Dutch = new(
            "Onderdeel van het register van de verwerker niet vermeld",
            "art. 30 lid 2 onder a en b AVG",
            "Het register van de verwerker heeft geen `processor` (tenzij het register ook dat van de verwerkingsverantwoordelijke is, met `role: controllerAndProcessor`, en precies één verwerkingsverantwoordelijke heeft, wiens gegevens dan volstaan), of een opdrachtgever onder `processorRecord.clients` heeft geen `processing`.",
            "Art. 30 lid 2 AVG noemt wat het register van een verwerker moet bevatten: (a) de naam en contactgegevens van de verwerker en van elke verwerkingsverantwoordelijke voor wie hij handelt, met hun vertegenwoordigers en functionarissen voor gegevensbescherming, en (b) de categorieën van verwerkingen die namens elke verwerkingsverantwoordelijke worden uitgevoerd. Een toezichthoudende autoriteit die om het register vraagt (art. 30 lid 4 AVG), moet kunnen zien wie verwerkt en wat voor wie wordt gedaan.",
            "Voeg `processor` toe onder `processorRecord` met de naam en contactgegevens van de verwerker; noem onder `processing` van elke opdrachtgever de categorieën van verwerkingen die voor die opdrachtgever worden uitgevoerd, zoals hosting of back-up."),
    };

    private static readonly MessageTemplate NoProcessor = new(
        "The processor's record does not name the processor; add 'processor' with its name and contact details (Art. 30(2)(a)).",
        "Het register van de verwerker noemt de verwerker niet; voeg 'processor' toe met diens naam en contactgegevens (art. 30 lid 2 onder a AVG).");

    private static readonly MessageTemplate NoCategories = new(
        "Client '{client}' has no categories of processing; list under 'processing' what is done on its behalf (Art. 30(2)(b)).",
        "Opdrachtgever '{client}' heeft geen categorieën van verwerkingen; noem onder 'processing' wat namens deze opdrachtgever wordt gedaan (art. 30 lid 2 onder b AVG).");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var register = context.Register;
        if (register.ProcessorRecord is not { } record)
        {
            yield break;
        }

        // An organisation that keeps both records is one party: its one controller's name and contacts are the processor's.
        if (record.Processor is null && !(register.Info.Role == RegisterRole.ControllerAndProcessor && register.Controllers.Count == 1))
        {
            yield return new Finding(
                "/processorRecord/processor",
                NoProcessor.Text());
        }

        for (var i = 0; i < record.Clients.Count; i++)
        {
            if (record.Clients[i].Processing.Count == 0)
            {
                yield return new Finding(
                    $"/processorRecord/clients/{i}/processing",
                    NoCategories.With(("client", record.Clients[i].Id)));
            }
        }
    }
}
