using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Facts;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR051: a sub-processor processes data outside the EEA, where no adequacy decision covers it, while the processor's
/// record has no transfer to it with a safeguard: RPR030 seen from the processor's side.
/// </summary>
internal sealed class SubProcessorOutsideEeaRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR051",
        "Sub-processor outside the EEA without a safeguard",
        DiagnosticSeverity.Error,
        "Art. 28(4), 44-46, 30(2)(c)",
        "A sub-processor under `processorRecord.subProcessors` has a `location` that lists a country outside the EEA that no adequacy decision covers (for the United States, a sub-processor without `dpfCertified: true`), while `processorRecord.transfers` has no transfer to that country with the sub-processor as `recipient` and a safeguard; or a location that says `withinEea: false` without such countries, while no transfer with a safeguard names it as `recipient`.",
        "A processor that engages a sub-processor abroad transfers the controller's data to a third country, which needs a Chapter V ground (Art. 44): an adequacy decision (Art. 45), or an Art. 46 safeguard such as the 2021/914 standard contractual clauses (module 3, processor to processor). The processor's record must name the third country and document the safeguard (Art. 30(2)(c)), and the sub-processor must be bound to the same obligations as the processor (Art. 28(4)).",
        "Add a transfer under `processorRecord.transfers` with the `country`, the sub-processor as `recipient` and the safeguard relied on; or correct the sub-processor's `location` (or set `dpfCertified: true` once its certification under the EU-US Data Privacy Framework is confirmed).")
    {
        Dutch = new(
            "Subverwerker buiten de EER zonder waarborg",
            "art. 28 lid 4, 44-46 en 30 lid 2 onder c AVG",
            "Een subverwerker onder `processorRecord.subProcessors` heeft een `location` die een land buiten de EER noemt dat geen adequaatheidsbesluit dekt (voor de Verenigde Staten: een subverwerker zonder `dpfCertified: true`), terwijl `processorRecord.transfers` geen doorgifte naar dat land heeft met de subverwerker als `recipient` en een waarborg; of een locatie die `withinEea: false` zegt zonder zulke landen, terwijl geen doorgifte met een waarborg hem als `recipient` noemt.",
            "Een verwerker die een subverwerker in het buitenland inschakelt, geeft de gegevens van de verwerkingsverantwoordelijke door aan een derde land, wat een grond uit hoofdstuk V AVG nodig heeft (art. 44 AVG): een adequaatheidsbesluit (art. 45 AVG) of een waarborg uit art. 46 AVG, zoals de modelcontractbepalingen van 2021/914 (module 3, verwerker aan verwerker). Het register van de verwerker moet het derde land noemen en de waarborg vastleggen (art. 30 lid 2 onder c AVG), en de subverwerker moet aan dezelfde verplichtingen gebonden zijn als de verwerker (art. 28 lid 4 AVG).",
            "Voeg onder `processorRecord.transfers` een doorgifte toe met het `country`, de subverwerker als `recipient` en de waarborg waarop zij berust; of verbeter de `location` van de subverwerker (of zet `dpfCertified: true` zodra zijn certificering onder het EU-VS-kader voor gegevensbescherming is bevestigd)."),
    };

    private static readonly MessageTemplate NoSafeguard = new(
        "Sub-processor '{subProcessor}' processes data {where}, but the processor's record has no transfer to it with a safeguard; add one under 'processorRecord.transfers' (Art. 28(4), 44-46, 30(2)(c)).",
        "Subverwerker '{subProcessor}' verwerkt gegevens {where}, maar het register van de verwerker heeft geen doorgifte aan hem met een waarborg; voeg die toe onder 'processorRecord.transfers' (art. 28 lid 4, 44-46 en 30 lid 2 onder c AVG).");

    private static readonly MessageTemplate OutsideEea = new(
        "outside the EEA",
        "buiten de EER");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        if (context.Register.ProcessorRecord is not { } record)
        {
            yield break;
        }

        for (var i = 0; i < record.SubProcessors.Count; i++)
        {
            var subProcessor = record.SubProcessors[i];
            if (subProcessor.Location is { } location && Unsafeguarded(context, subProcessor, location, record.Transfers) is { } where)
            {
                yield return new Finding(
                    $"/processorRecord/subProcessors/{i}/location",
                    NoSafeguard.With(("subProcessor", subProcessor.Id), ("where", where)));
            }
        }
    }

    /// <summary>
    /// Describes where the sub-processor is, when some of its places outside the EEA need a safeguard that no transfer
    /// gives: its countries (written alike in both languages) or "outside the EEA"; otherwise <see langword="null"/>.
    /// </summary>
    private static object? Unsafeguarded(RuleContext context, SubProcessor subProcessor, Location location, ValueArray<Transfer> transfers)
    {
        var party = new Party(subProcessor.Id, location, subProcessor.IsDpfCertified);
        var abroad = false;
        List<string>? missing = null;
        foreach (var country in location.Countries)
        {
            if (GdprFacts.IsInEea(country))
            {
                continue;
            }

            abroad = true;
            if (TransferAndRiskChecks.AdequacyCovering(context, country, party) is null && !Safeguarded(transfers, subProcessor.Id, country))
            {
                (missing ??= []).Add(country);
            }
        }

        if (abroad)
        {
            return missing is null ? null : $"in {string.Join(", ", missing)}";
        }

        return location.IsWithinEea == false && !Safeguarded(transfers, subProcessor.Id, country: null)
            ? OutsideEea.Text()
            : null;
    }

    /// <summary>
    /// Gets a value indicating whether a transfer to <paramref name="recipient"/> (and to <paramref name="country"/>,
    /// when given) names a safeguard; whether that safeguard holds is for the transfer rules (RPR024-RPR031) to say.
    /// </summary>
    private static bool Safeguarded(ValueArray<Transfer> transfers, string recipient, string? country)
    {
        foreach (var transfer in transfers)
        {
            if (string.Equals(transfer.Recipient, recipient, StringComparison.Ordinal) &&
                (country is null || string.Equals(transfer.Country, country, StringComparison.Ordinal)) &&
                transfer.Safeguards.Count > 0)
            {
                return true;
            }
        }

        return false;
    }
}
