using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR032: a processor has no Art. 28(3) processing agreement on record, or one that is not in place or cannot be found.</summary>
internal sealed class ProcessingAgreementRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR032",
        "Processor without a processing agreement",
        DiagnosticSeverity.Error,
        "Art. 28(3), 28(9)",
        "A processor has no `processingAgreement`, or one with `inPlace: false`, or one without a `reference` to where the agreement is kept.",
        "Processing by a processor must be governed by a binding contract that sets out the subject, duration, nature and purpose of the processing, the data and the data subjects, and the processor's duties of Art. 28(3)(a)-(h); it must be in writing, which includes electronic form (Art. 28(9)). The ICO's record template has a column for the link to each processor contract.",
        "Conclude a processing agreement (the Commission's Art. 28(7) clauses, Decision (EU) 2021/915, will do) and record `processingAgreement` with `inPlace: true` and a `reference` to the signed document.")
    {
        Dutch = new(
            "Verwerker zonder verwerkersovereenkomst",
            "art. 28 lid 3 en 28 lid 9 AVG",
            "Een verwerker heeft geen `processingAgreement`, of een met `inPlace: false`, of een zonder `reference` naar de plaats waar de overeenkomst wordt bewaard.",
            "Een verwerking door een verwerker moet worden geregeld in een bindende overeenkomst die het onderwerp, de duur, de aard en het doel van de verwerking, de soort persoonsgegevens en de categorieën van betrokkenen vastlegt, en de plichten van de verwerker uit art. 28 lid 3 onder a tot en met h AVG; zij moet schriftelijk zijn, waaronder in elektronische vorm (art. 28 lid 9 AVG). Het registermodel van de ICO heeft een kolom voor de verwijzing naar elke verwerkersovereenkomst.",
            "Sluit een verwerkersovereenkomst (de standaardcontractbepalingen van de Commissie volgens art. 28 lid 7 AVG, Uitvoeringsbesluit (EU) 2021/915, volstaan) en leg `processingAgreement` vast met `inPlace: true` en een `reference` naar het ondertekende document."),
    };

    private static readonly MessageTemplate NoAgreement = new(
        "Processor '{processor}' has no processing agreement on record; conclude one and add 'processingAgreement' with its reference (Art. 28(3), 28(9)).",
        "Verwerker '{processor}' heeft geen vastgelegde verwerkersovereenkomst; sluit er een en voeg 'processingAgreement' toe met de vindplaats ervan (art. 28 lid 3 en 28 lid 9 AVG).");

    private static readonly MessageTemplate NotInPlace = new(
        "Processor '{processor}' processes data without a processing agreement in place; conclude one before it processes (Art. 28(3), 28(9)).",
        "Verwerker '{processor}' verwerkt gegevens zonder dat er een verwerkersovereenkomst is; sluit er een voordat hij verwerkt (art. 28 lid 3 en 28 lid 9 AVG).");

    private static readonly MessageTemplate NoReference = new(
        "The processing agreement with processor '{processor}' has no reference; add where the signed agreement is kept (Art. 28(3), 28(9)).",
        "De verwerkersovereenkomst met verwerker '{processor}' heeft geen vindplaats; vermeld waar de ondertekende overeenkomst wordt bewaard (art. 28 lid 3 en 28 lid 9 AVG).");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var processors = context.Register.Processors;
        for (var i = 0; i < processors.Count; i++)
        {
            var processor = processors[i];
            var at = $"/processors/{i}/processingAgreement";
            if (processor.ProcessingAgreement is not { } agreement)
            {
                yield return new Finding(
                    at,
                    NoAgreement.With(("processor", processor.Id)));
            }
            else if (!agreement.IsInPlace)
            {
                yield return new Finding(
                    $"{at}/inPlace",
                    NotInPlace.With(("processor", processor.Id)));
            }
            else if (string.IsNullOrWhiteSpace(agreement.Reference))
            {
                yield return new Finding(
                    $"{at}/reference",
                    NoReference.With(("processor", processor.Id)));
            }
        }
    }
}
