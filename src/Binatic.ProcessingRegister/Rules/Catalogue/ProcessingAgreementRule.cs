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
        "Conclude a processing agreement (the Commission's Art. 28(7) clauses, Decision (EU) 2021/915, will do) and record `processingAgreement` with `inPlace: true` and a `reference` to the signed document.");

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
                    $"Processor '{processor.Id}' has no processing agreement on record; conclude one and add 'processingAgreement' with its reference (Art. 28(3), 28(9)).");
            }
            else if (!agreement.IsInPlace)
            {
                yield return new Finding(
                    $"{at}/inPlace",
                    $"Processor '{processor.Id}' processes data without a processing agreement in place; conclude one before it processes (Art. 28(3), 28(9)).");
            }
            else if (string.IsNullOrWhiteSpace(agreement.Reference))
            {
                yield return new Finding(
                    $"{at}/reference",
                    $"The processing agreement with processor '{processor.Id}' has no reference; add where the signed agreement is kept (Art. 28(3), 28(9)).");
            }
        }
    }
}
