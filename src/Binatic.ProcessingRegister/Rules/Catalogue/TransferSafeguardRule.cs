using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Facts;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR060: a transfer outside the EEA names no safeguard, and no adequacy decision covers it.
/// </summary>
internal sealed class TransferSafeguardRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR060",
        "Transfer without a safeguard",
        DiagnosticSeverity.Error,
        "Art. 30(1)(e), 44-46, 49",
        "A transfer to a country outside the EEA has no `safeguards`, and no adequacy decision in force covers the country (and, for the United States, a certified recipient).",
        "A transfer to a third country is lawful only under an adequacy decision (Art. 45), an appropriate safeguard such as standard contractual clauses or binding corporate rules (Art. 46), or a derogation for a specific situation (Art. 49). The record must name the transfer and, for a transfer under the second subparagraph of Art. 49(1), the suitable safeguards (Art. 30(1)(e)); a transfer with none of them is unlawful (Art. 44).",
        "Add under `safeguards` the safeguard the transfer relies on, such as `standardContractualClauses`, or an Art. 49 `derogation`; if the transfer does not take place, remove it.")
    {
        Dutch = new(
            "Doorgifte zonder waarborg",
            "art. 30 lid 1 onder e, 44 tot en met 46 en 49 AVG",
            "Een doorgifte naar een land buiten de EER heeft geen `safeguards`, en geen geldend adequaatheidsbesluit dekt het land (en, voor de Verenigde Staten, een gecertificeerde ontvanger).",
            "Een doorgifte naar een derde land is alleen rechtmatig op grond van een adequaatheidsbesluit (art. 45 AVG), een passende waarborg zoals modelcontractbepalingen of bindende bedrijfsvoorschriften (art. 46 AVG), of een afwijking voor een specifieke situatie (art. 49 AVG). Het register moet de doorgifte noemen en, voor een doorgifte op grond van art. 49 lid 1, tweede alinea, de passende waarborgen (art. 30 lid 1 onder e AVG); een doorgifte zonder een van die grondslagen is onrechtmatig (art. 44 AVG).",
            "Voeg onder `safeguards` de waarborg toe waarop de doorgifte berust, zoals `standardContractualClauses`, of een `derogation` van art. 49 AVG; vindt de doorgifte niet plaats, verwijder haar dan."),
    };

    private static readonly MessageTemplate NoSafeguard = new(
        "The transfer to {country} names no safeguard, and no adequacy decision covers it; add under 'safeguards' the Art. 46 safeguard or the Art. 49 derogation it relies on (Art. 30(1)(e), 44).",
        "De doorgifte naar {country} noemt geen waarborg, en geen adequaatheidsbesluit dekt haar; voeg onder 'safeguards' de waarborg van art. 46 AVG of de afwijking van art. 49 AVG toe waarop zij berust (art. 30 lid 1 onder e en 44 AVG).");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window) => Check(context, context.Transfers(window));

    public override IEnumerable<Finding> CheckRegister(RuleContext context) => Check(context, context.RegisterWideTransfers());

    private static IEnumerable<Finding> Check(RuleContext context, IEnumerable<(Transfer Transfer, ItemPointer Pointer)> transfers)
    {
        foreach (var (transfer, pointer) in transfers)
        {
            if (transfer.Safeguards.Count == 0
                && !GdprFacts.IsInEea(transfer.Country)
                && TransferAndRiskChecks.AdequacyCovering(context, transfer, pointer) is null)
            {
                yield return new Finding($"{pointer}/safeguards", NoSafeguard.With(("country", transfer.Country)));
            }
        }
    }
}
