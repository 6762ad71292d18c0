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
        "Carry out a transfer impact assessment (EDPB Recommendations 01/2020) and set `impactAssessmentReference` to where it is kept.");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window) => Check(context, context.Transfers(window));

    public override IEnumerable<Finding> CheckRegister(RuleContext context) => Check(context, context.RegisterWideTransfers());

    private static IEnumerable<Finding> Check(RuleContext context, IEnumerable<(Transfer Transfer, ItemPointer Pointer)> transfers)
    {
        foreach (var (transfer, pointer) in transfers)
        {
            if (!string.IsNullOrWhiteSpace(transfer.ImpactAssessmentReference) ||
                GdprFacts.IsInEea(transfer.Country) ||
                TransferAndRiskChecks.AdequacyCovering(context, transfer) is not null)
            {
                continue;
            }

            var contractual = transfer.Safeguards.FirstOrDefault(s => s.Type is SafeguardType.StandardContractualClauses or SafeguardType.BindingCorporateRules);
            if (contractual is not null)
            {
                var what = contractual.Type == SafeguardType.StandardContractualClauses ? "standard contractual clauses" : "binding corporate rules";
                yield return new Finding(
                    $"{pointer}/impactAssessmentReference",
                    $"The transfer to {transfer.Country} rests on {what} without an adequacy decision, but names no transfer impact assessment; assess the law and practice of {transfer.Country} and add 'impactAssessmentReference' (Art. 46; C-311/18).");
            }
        }
    }
}
