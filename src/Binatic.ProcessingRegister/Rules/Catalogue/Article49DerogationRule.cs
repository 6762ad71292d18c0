using Binatic.ProcessingRegister.Binding;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR029: an Art. 49 derogation carries a transfer that is regular (or not stated to be occasional), or a transfer
/// on compelling legitimate interests is not documented.
/// </summary>
internal sealed class Article49DerogationRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR029",
        "Art. 49 derogation used for regular or undocumented transfers",
        DiagnosticSeverity.Error,
        "Art. 49(1), 49(6); EDPB Guidelines 2/2018",
        "A `derogation` safeguard on a transfer whose `frequency` is `regular` or not stated; or a `compellingLegitimateInterests` derogation with neither a `description` nor a `reference` documenting the assessment.",
        "The derogations of Art. 49 are exceptions for specific situations: the EDPB (Guidelines 2/2018, 25 May 2018) reads them restrictively, as suited to occasional transfers, not to the regular course of business. A transfer on compelling legitimate interests (Art. 49(1), second subparagraph) must be non-repetitive and limited, and the controller must document its assessment and the safeguards in the record (Art. 49(6)) and inform the supervisory authority.",
        "For a regular transfer, rely on an adequacy decision or an Art. 46 safeguard such as the 2021/914 standard contractual clauses. For an occasional one, set `frequency: occasional`; for compelling legitimate interests, also document the assessment in `description` or `reference`.")
    {
        Dutch = new(
            "Uitzondering van art. 49 AVG gebruikt voor regelmatige of niet gedocumenteerde doorgiften",
            "art. 49 lid 1 en 49 lid 6 AVG; EDPB-richtsnoeren 2/2018",
            "Een waarborg `derogation` bij een doorgifte waarvan de `frequency` `regular` is of niet vermeld; of een uitzondering `compellingLegitimateInterests` zonder `description` en zonder `reference` die de afweging vastlegt.",
            "De uitzonderingen van art. 49 AVG gelden voor specifieke situaties: het EDPB (richtsnoeren 2/2018 van 25 mei 2018) legt ze beperkt uit, als geschikt voor incidentele doorgiften, niet voor de gewone bedrijfsvoering. Een doorgifte op grond van dwingende gerechtvaardigde belangen (art. 49 lid 1, tweede alinea, AVG) mag niet repetitief zijn en moet beperkt blijven, en de verwerkingsverantwoordelijke moet zijn afweging en de waarborgen in het register vastleggen (art. 49 lid 6 AVG) en de toezichthoudende autoriteit informeren.",
            "Baseer een regelmatige doorgifte op een adequaatheidsbesluit of een waarborg uit art. 46 AVG, zoals de modelcontractbepalingen van 2021/914. Zet voor een incidentele doorgifte `frequency: occasional`; leg bij dwingende gerechtvaardigde belangen ook de afweging vast in `description` of `reference`."),
    };

    private static readonly MessageTemplate NotOccasional = new(
        "The transfer to {country} rests on the Art. 49 derogation '{derogation}' but {frequency}; derogations suit only occasional transfers, so use an Art. 45 or 46 ground or set 'frequency: occasional' (Art. 49(1)).",
        "De doorgifte naar {country} berust op de uitzondering '{derogation}' van art. 49 AVG, maar {frequency}; uitzonderingen passen alleen bij incidentele doorgiften, dus gebruik een grond uit art. 45 of 46 AVG of zet 'frequency: occasional' (art. 49 lid 1 AVG).");

    private static readonly MessageTemplate Undocumented = new(
        "The transfer to {country} rests on compelling legitimate interests without documenting the assessment and safeguards; add a 'description' or 'reference' (Art. 49(1), 49(6)).",
        "De doorgifte naar {country} berust op dwingende gerechtvaardigde belangen zonder dat de afweging en de waarborgen zijn vastgelegd; voeg een 'description' of 'reference' toe (art. 49 lid 1 en 49 lid 6 AVG).");

    private static readonly MessageTemplate Derogation = new(
        "derogation",
        "uitzondering");

    private static readonly MessageTemplate NotSaidOccasional = new(
        "does not say it is occasional",
        "zegt niet dat zij incidenteel is");

    private static readonly MessageTemplate Regular = new(
        "is regular",
        "is regelmatig");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window) => Check(context.Transfers(window));

    public override IEnumerable<Finding> CheckRegister(RuleContext context) => Check(context.RegisterWideTransfers());

    private static IEnumerable<Finding> Check(IEnumerable<(Transfer Transfer, ItemPointer Pointer)> transfers)
    {
        foreach (var (transfer, pointer) in transfers)
        {
            for (var k = 0; k < transfer.Safeguards.Count; k++)
            {
                var safeguard = transfer.Safeguards[k];
                if (safeguard.Type != SafeguardType.Derogation)
                {
                    continue;
                }

                object derogation = safeguard.Derogation is { } point ? WireNames.Format(point) : Derogation.Text();
                if (transfer.Frequency != TransferFrequency.Occasional)
                {
                    var frequency = transfer.Frequency is null ? NotSaidOccasional.Text() : Regular.Text();
                    yield return new Finding(
                        $"{pointer}/safeguards/{k}/derogation",
                        NotOccasional.With(("country", transfer.Country), ("derogation", derogation), ("frequency", frequency)));
                }

                if (safeguard.Derogation == Article49Derogation.CompellingLegitimateInterests &&
                    string.IsNullOrWhiteSpace(safeguard.Description) &&
                    string.IsNullOrWhiteSpace(safeguard.Reference))
                {
                    yield return new Finding(
                        $"{pointer}/safeguards/{k}/reference",
                        Undocumented.With(("country", transfer.Country)));
                }
            }
        }
    }
}
