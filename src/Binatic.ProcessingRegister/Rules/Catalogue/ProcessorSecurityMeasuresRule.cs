using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR052: a processor's record names no security measure, for the whole record or for any category of processing.</summary>
internal sealed class ProcessorSecurityMeasuresRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR052",
        "Processor record without security measures",
        DiagnosticSeverity.Warning,
        "Art. 30(2)(d), 32(1)",
        "The processor's record names no security measure: neither `processorRecord.securityMeasures` nor the `securityMeasures` of any client's category of processing.",
        "Art. 30(2)(d) asks the processor's record for a general description of the technical and organisational security measures of Art. 32(1), which bind the processor as much as the controller; a controller may use only a processor that gives sufficient guarantees of them (Art. 28(1)). A record without them cannot show that the processing for clients is secure.",
        "Describe the measures under `security.measures` and name those that protect all processing for clients under `processorRecord.securityMeasures`, and those for one category under its `securityMeasures`.")
    {
        Dutch = new(
            "Register van de verwerker zonder beveiligingsmaatregelen",
            "art. 30 lid 2 onder d en 32 lid 1 AVG",
            "Het register van de verwerker noemt geen beveiligingsmaatregel: noch `processorRecord.securityMeasures` noch de `securityMeasures` van een verwerkingscategorie van een opdrachtgever.",
            "Art. 30 lid 2 onder d AVG vraagt in het register van de verwerker een algemene beschrijving van de technische en organisatorische beveiligingsmaatregelen van art. 32 lid 1 AVG, die de verwerker evengoed binden als de verwerkingsverantwoordelijke; een verwerkingsverantwoordelijke mag alleen een verwerker inschakelen die daarvoor afdoende garanties biedt (art. 28 lid 1 AVG). Een register zonder maatregelen kan niet laten zien dat de verwerking voor opdrachtgevers veilig is.",
            "Beschrijf de maatregelen onder `security.measures` en noem de maatregelen die alle verwerkingen voor opdrachtgevers beschermen onder `processorRecord.securityMeasures`, en die voor één categorie onder haar `securityMeasures`."),
    };

    private static readonly MessageTemplate NoMeasures = new(
        "The processor's record names no technical or organisational security measures; list them under 'processorRecord.securityMeasures' (Art. 30(2)(d), 32(1)).",
        "Het register van de verwerker noemt geen technische of organisatorische beveiligingsmaatregelen; noem ze onder 'processorRecord.securityMeasures' (art. 30 lid 2 onder d en 32 lid 1 AVG).");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        if (context.Register.ProcessorRecord is not { } record || record.SecurityMeasures.Count > 0)
        {
            yield break;
        }

        foreach (var client in record.Clients)
        {
            foreach (var category in client.Processing)
            {
                if (category.SecurityMeasures.Count > 0)
                {
                    yield break;
                }
            }
        }

        yield return new Finding(
            "/processorRecord",
            NoMeasures.Text());
    }
}
