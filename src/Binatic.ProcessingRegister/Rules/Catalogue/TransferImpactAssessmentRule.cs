using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Facts;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR028: a transfer on standard contractual clauses or binding corporate rules, to a country no adequacy decision covers, names no transfer impact assessment.</summary>
internal sealed class TransferImpactAssessmentRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR028",
        "Transfer impact assessment missing",
        DiagnosticSeverity.Warning,
        "Art. 46; CJEU C-311/18 (Schrems II); SCC Clause 14",
        "A transfer rests on `standardContractualClauses` or `bindingCorporateRules`, goes to a country outside the EEA that no adequacy decision covers for this transfer today (for the US: unless its recipient is DPF-certified), and gives no `impactAssessmentReference`.",
        $"In Schrems II (C-311/18, {GdprFacts.Display(GdprFacts.PrivacyShieldInvalidated)}) the Court of Justice held that clauses alone do not ensure essentially equivalent protection: the exporter must assess, case by case, whether the law and practice of the destination let the importer comply, and add supplementary measures where they do not. Clause 14 of the 2021/914 clauses makes the parties warrant that they did this assessment and document it.",
        "Carry out a transfer impact assessment (EDPB Recommendations 01/2020) and set `impactAssessmentReference` to where it is kept.")
    {
        Dutch = new(
            "Beoordeling van de doorgifte (TIA) ontbreekt",
            "art. 46 AVG; HvJ EU C-311/18 (Schrems II); clausule 14 van de modelcontractbepalingen",
            "Een doorgifte berust op `standardContractualClauses` of `bindingCorporateRules`, gaat naar een land buiten de EER waarvoor vandaag geen adequaatheidsbesluit deze doorgifte dekt (voor de VS: tenzij de ontvanger onder het DPF gecertificeerd is), en noemt geen `impactAssessmentReference`.",
            $"In Schrems II (C-311/18, {GdprFacts.DisplayDutch(GdprFacts.PrivacyShieldInvalidated)}) oordeelde het Hof van Justitie dat modelcontractbepalingen alleen geen wezenlijk gelijkwaardige bescherming waarborgen: de exporteur moet per geval beoordelen of het recht en de praktijk van het land van bestemming de importeur in staat stellen zich eraan te houden, en aanvullende maatregelen nemen waar dat niet zo is. Clausule 14 van de modelcontractbepalingen van 2021/914 laat de partijen verklaren dat zij die beoordeling hebben gemaakt en vastgelegd.",
            "Voer een beoordeling van de doorgifte uit (EDPB-aanbevelingen 01/2020) en zet in `impactAssessmentReference` waar die wordt bewaard."),
    };

    private static readonly MessageTemplate NoAssessment = new(
        "The transfer to {country} rests on {what} without an adequacy decision, but names no transfer impact assessment; assess the law and practice of {country} and add 'impactAssessmentReference' (Art. 46; C-311/18).",
        "De doorgifte naar {country} berust op {what} zonder adequaatheidsbesluit, maar noemt geen beoordeling van de doorgifte; beoordeel het recht en de praktijk van {country} en voeg 'impactAssessmentReference' toe (art. 46 AVG; C-311/18).");

    private static readonly MessageTemplate Clauses = new(
        "standard contractual clauses",
        "modelcontractbepalingen");

    private static readonly MessageTemplate CorporateRules = new(
        "binding corporate rules",
        "bindende bedrijfsvoorschriften");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window) => Check(context, context.Transfers(window));

    public override IEnumerable<Finding> CheckRegister(RuleContext context) => Check(context, context.RegisterWideTransfers());

    private static IEnumerable<Finding> Check(RuleContext context, IEnumerable<(Transfer Transfer, ItemPointer Pointer)> transfers)
    {
        foreach (var (transfer, pointer) in transfers)
        {
            if (!string.IsNullOrWhiteSpace(transfer.ImpactAssessmentReference) ||
                GdprFacts.IsInEea(transfer.Country) ||
                TransferAndRiskChecks.AdequacyCovering(context, transfer, pointer) is not null)
            {
                continue;
            }

            var contractual = transfer.Safeguards.FirstOrDefault(s => s.Type is SafeguardType.StandardContractualClauses or SafeguardType.BindingCorporateRules);
            if (contractual is not null)
            {
                var what = contractual.Type == SafeguardType.StandardContractualClauses ? Clauses.Text() : CorporateRules.Text();
                yield return new Finding(
                    $"{pointer}/impactAssessmentReference",
                    NoAssessment.With(("country", transfer.Country), ("what", what)));
            }
        }
    }
}
