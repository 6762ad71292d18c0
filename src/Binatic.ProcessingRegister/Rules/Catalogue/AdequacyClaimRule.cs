using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Facts;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR026: a transfer claims an adequacy decision that does not exist for its country today, or (for the United
/// States) that does not cover its recipient because the recipient is not certified under the Data Privacy Framework.
/// </summary>
internal sealed class AdequacyClaimRule : Rule
{
    private static readonly AdequacyDecision CertifiedOnly = GdprFacts.AdequacyDecisions.First(d => d.CertifiedOrganisationsOnly);

    public override RuleDescriptor Descriptor { get; } = new(
        "RPR026",
        "Adequacy claimed where there is none",
        DiagnosticSeverity.Error,
        "Art. 45; Decision (EU) 2023/1795",
        "A transfer names an `adequacyDecision` safeguard while no Commission adequacy decision is in force for its country today; for the United States, whose decision covers certified organisations only, while the transfer's `recipient` is not a processor, recipient or sub-processor with `dpfCertified: true`.",
        $"Only a Commission decision under Art. 45 makes a third country adequate. The decision for {CertifiedOnly.Country} of {GdprFacts.Display(CertifiedOnly.Since)} ({CertifiedOnly.Source}, the EU-US Data Privacy Framework) covers only organisations on the US Department of Commerce's list; a transfer to any other US organisation needs an Art. 46 safeguard. Transfers to EEA countries are not transfers at all (see RPR031).",
        "Check the Commission's list of adequacy decisions. For the US, name the recipient in `recipient` and set `dpfCertified: true` on it once its certification is confirmed; otherwise name the safeguard actually used, such as the 2021/914 standard contractual clauses.")
    {
        Dutch = new(
            "Adequaatheid geclaimd waar die er niet is",
            "art. 45 AVG; Uitvoeringsbesluit (EU) 2023/1795",
            "Een doorgifte noemt een waarborg `adequacyDecision` terwijl voor haar land vandaag geen adequaatheidsbesluit van de Commissie geldt; of, voor de Verenigde Staten, waarvan het besluit alleen gecertificeerde organisaties dekt, terwijl de `recipient` van de doorgifte geen verwerker, ontvanger of subverwerker met `dpfCertified: true` is.",
            $"Alleen een besluit van de Commissie op grond van art. 45 AVG maakt een derde land adequaat. Het besluit voor {CertifiedOnly.Country} van {GdprFacts.DisplayDutch(CertifiedOnly.Since)} ({CertifiedOnly.Source}, het EU-VS-kader voor gegevensbescherming) dekt alleen organisaties op de lijst van het Amerikaanse ministerie van Handel; een doorgifte aan elke andere Amerikaanse organisatie heeft een waarborg uit art. 46 AVG nodig. Doorgiften naar landen van de EER zijn helemaal geen doorgiften (zie RPR031).",
            "Raadpleeg de lijst van adequaatheidsbesluiten van de Commissie. Noem voor de VS de ontvanger in `recipient` en zet `dpfCertified: true` bij hem zodra zijn certificering is bevestigd; noem anders de waarborg die werkelijk wordt gebruikt, zoals de modelcontractbepalingen van 2021/914."),
    };

    private static readonly MessageTemplate NoneInForce = new(
        "The transfer to {country} claims an adequacy decision, but none is in force for {country} on {today}; name the Art. 46 safeguard actually used (Art. 45).",
        "De doorgifte naar {country} beroept zich op een adequaatheidsbesluit, maar op {today} geldt er geen voor {country}; noem de waarborg uit art. 46 AVG die werkelijk wordt gebruikt (art. 45 AVG).");

    private static readonly MessageTemplate NoRecipient = new(
        "The transfer to {country} claims the adequacy decision for {scope} ({source}), but names no recipient whose certification could be checked; name it in 'recipient' and mark it 'dpfCertified' (Art. 45).",
        "De doorgifte naar {country} beroept zich op het adequaatheidsbesluit voor {scope} ({source}), maar noemt geen ontvanger van wie de certificering te controleren is; noem hem in 'recipient' en markeer hem met 'dpfCertified' (art. 45 AVG).");

    private static readonly MessageTemplate NotCertified = new(
        "The transfer to {country} claims the adequacy decision for {scope} ({source}), but its recipient '{recipient}' is not marked 'dpfCertified'; confirm the certification or name another safeguard (Art. 45).",
        "De doorgifte naar {country} beroept zich op het adequaatheidsbesluit voor {scope} ({source}), maar haar ontvanger '{recipient}' is niet gemarkeerd met 'dpfCertified'; bevestig de certificering of noem een andere waarborg (art. 45 AVG).");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window) => Check(context, context.Transfers(window));

    public override IEnumerable<Finding> CheckRegister(RuleContext context) => Check(context, context.RegisterWideTransfers());

    private static IEnumerable<Finding> Check(RuleContext context, IEnumerable<(Transfer Transfer, ItemPointer Pointer)> transfers)
    {
        foreach (var (transfer, pointer) in transfers)
        {
            if (GdprFacts.IsInEea(transfer.Country))
            {
                continue;
            }

            for (var k = 0; k < transfer.Safeguards.Count; k++)
            {
                if (transfer.Safeguards[k].Type == SafeguardType.AdequacyDecision && Problem(context, transfer, pointer) is { } problem)
                {
                    yield return new Finding($"{pointer}/safeguards/{k}/type", problem);
                }
            }
        }
    }

    private static MessageText? Problem(RuleContext context, Transfer transfer, ItemPointer pointer)
    {
        var decision = GdprFacts.AdequacyFor(transfer.Country, context.Today);
        if (decision is null)
        {
            return NoneInForce.With(("country", transfer.Country), ("today", context.Today));
        }

        if (!decision.CertifiedOrganisationsOnly)
        {
            return null;
        }

        if (TransferAndRiskChecks.RecipientOf(context, transfer, pointer) is not { } party)
        {
            return NoRecipient.With(("country", transfer.Country), ("scope", decision.Scope), ("source", decision.Source));
        }

        return party.IsDpfCertified
            ? null
            : NotCertified.With(("country", transfer.Country), ("scope", decision.Scope), ("source", decision.Source), ("recipient", party.Id));
    }
}
