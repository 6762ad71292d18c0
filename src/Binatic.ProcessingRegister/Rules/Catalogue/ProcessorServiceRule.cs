using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR059: a processor does not say which service it performs for the controller.</summary>
internal sealed class ProcessorServiceRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR059",
        "Processor's service not stated",
        DiagnosticSeverity.Warning,
        "Art. 28(3), 30(1)(d)",
        "A processor has no `service`, or a blank one: the register does not say what the processor does on the controller's behalf.",
        "A processor is a recipient (Art. 30(1)(d)) that processes only on the controller's documented instructions, and the processing agreement must set out the subject matter and nature of that processing (Art. 28(3)). Without the service the record cannot show why the processor receives which data, nor be checked against the processor's own record.",
        "Add `service` with what the processor does for you, such as 'payroll administration' or 'hosting of the website'.")
    {
        Dutch = new(
            "Dienst van de verwerker niet vermeld",
            "art. 28 lid 3 en 30 lid 1 onder d AVG",
            "Een verwerker heeft geen `service`, of een lege: het register zegt niet wat de verwerker in opdracht van de verwerkingsverantwoordelijke doet.",
            "Een verwerker is een ontvanger (art. 30 lid 1 onder d AVG) die alleen op schriftelijke instructie van de verwerkingsverantwoordelijke verwerkt, en de verwerkersovereenkomst moet het onderwerp en de aard van die verwerking vastleggen (art. 28 lid 3 AVG). Zonder de dienst kan het register niet laten zien waarom de verwerker welke gegevens krijgt, en niet worden vergeleken met het register van de verwerker zelf.",
            "Voeg `service` toe met wat de verwerker voor u doet, zoals 'salarisadministratie' of 'hosting van de website'."),
    };

    private static readonly MessageTemplate NotStated = new(
        "Processor '{processor}' does not say what it does on your behalf; add 'service' (Art. 28(3), 30(1)(d)).",
        "Verwerker '{processor}' zegt niet wat hij in uw opdracht doet; voeg 'service' toe (art. 28 lid 3 en 30 lid 1 onder d AVG).");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var processors = context.Register.Processors;
        for (var i = 0; i < processors.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(processors[i].Service))
            {
                yield return new Finding($"/processors/{i}/service", NotStated.With(("processor", processors[i].Id)));
            }
        }
    }
}
