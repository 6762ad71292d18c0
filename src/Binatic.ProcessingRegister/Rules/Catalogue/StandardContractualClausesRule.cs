using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Facts;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR025: standard contractual clauses that rest on a decision replaced by Decision (EU) 2021/914 (an error), or
/// that do not say which decision they rest on (a warning).
/// </summary>
internal sealed class StandardContractualClausesRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR025",
        "Standard contractual clauses outdated or of unknown version",
        DiagnosticSeverity.Warning,
        "Art. 46(2)(c); Decision (EU) 2021/914",
        "A `standardContractualClauses` safeguard whose `reference` names one of the old decisions (2001/497, 2004/915, 2010/87) is an error; one without a `reference` is a warning, since its version cannot be told.",
        $"The Commission replaced the old clauses with Implementing Decision (EU) {GdprFacts.CurrentStandardContractualClauses} of 4 June 2021; contracts on the old clauses lost effect on {GdprFacts.Display(GdprFacts.OldStandardContractualClausesEnded)} (Art. 4(4)), so a transfer still resting on them has no Art. 46(2)(c) safeguard. A record that does not say which clauses apply cannot show that they are the current ones.",
        $"Sign the {GdprFacts.CurrentStandardContractualClauses} clauses (the right module for the parties' roles) and set `reference` to them, such as `Commission Implementing Decision (EU) {GdprFacts.CurrentStandardContractualClauses}, module 2`.")
    {
        Dutch = new(
            "Modelcontractbepalingen verouderd of van onbekende versie",
            "art. 46 lid 2 onder c AVG; Uitvoeringsbesluit (EU) 2021/914",
            "Een waarborg `standardContractualClauses` waarvan de `reference` een van de oude besluiten noemt (2001/497, 2004/915, 2010/87) is een fout; een zonder `reference` is een waarschuwing, omdat de versie dan niet te zien is.",
            $"De Commissie heeft de oude bepalingen vervangen door Uitvoeringsbesluit (EU) {GdprFacts.CurrentStandardContractualClauses} van 4 juni 2021; overeenkomsten op basis van de oude bepalingen verloren hun werking op {GdprFacts.DisplayDutch(GdprFacts.OldStandardContractualClausesEnded)} (art. 4 lid 4 van dat besluit), zodat een doorgifte die er nog op berust geen waarborg volgens art. 46 lid 2 onder c AVG heeft. Een register dat niet zegt welke bepalingen gelden, kan niet laten zien dat het de huidige zijn.",
            $"Onderteken de modelcontractbepalingen van {GdprFacts.CurrentStandardContractualClauses} (de juiste module voor de rollen van de partijen) en zet `reference` op die bepalingen, zoals `Uitvoeringsbesluit (EU) {GdprFacts.CurrentStandardContractualClauses} van de Commissie, module 2`."),
    };

    private static readonly MessageTemplate Unversioned = new(
        "The standard contractual clauses for the transfer to {country} do not say which decision they rest on; add a 'reference' to the {current} clauses actually signed (Art. 46(2)(c)).",
        "De modelcontractbepalingen voor de doorgifte naar {country} zeggen niet op welk besluit zij berusten; voeg een 'reference' toe naar de werkelijk ondertekende bepalingen van {current} (art. 46 lid 2 onder c AVG).");

    private static readonly MessageTemplate Outdated = new(
        "The standard contractual clauses for the transfer to {country} rest on Decision {old}, void since {ended}; sign the {current} clauses (Art. 46(2)(c)).",
        "De modelcontractbepalingen voor de doorgifte naar {country} berusten op Besluit {old}, dat sinds {ended} niet meer geldt; onderteken de bepalingen van {current} (art. 46 lid 2 onder c AVG).");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window) => Check(context.Transfers(window));

    public override IEnumerable<Finding> CheckRegister(RuleContext context) => Check(context.RegisterWideTransfers());

    private static IEnumerable<Finding> Check(IEnumerable<(Transfer Transfer, ItemPointer Pointer)> transfers)
    {
        foreach (var (transfer, pointer) in transfers)
        {
            for (var k = 0; k < transfer.Safeguards.Count; k++)
            {
                var safeguard = transfer.Safeguards[k];
                if (safeguard.Type != SafeguardType.StandardContractualClauses)
                {
                    continue;
                }

                if (string.IsNullOrWhiteSpace(safeguard.Reference))
                {
                    yield return new Finding(
                        $"{pointer}/safeguards/{k}/type",
                        Unversioned.With(("country", transfer.Country), ("current", GdprFacts.CurrentStandardContractualClauses)),
                        DiagnosticSeverity.Warning);
                }
                else if (OldDecisionIn(safeguard.Reference) is { } old)
                {
                    yield return new Finding(
                        $"{pointer}/safeguards/{k}/reference",
                        Outdated.With(("country", transfer.Country), ("old", old), ("ended", GdprFacts.OldStandardContractualClausesEnded), ("current", GdprFacts.CurrentStandardContractualClauses)),
                        DiagnosticSeverity.Error);
                }
            }
        }
    }

    /// <summary>Gets the old decision a reference names, such as "2010/87" in "Decision 2010/87/EU", but not in "2010/870".</summary>
    private static string? OldDecisionIn(string reference)
    {
        // A loop rather than FirstOrDefault, whose lambda would capture the reference: a closure for every reference.
        var decisions = GdprFacts.OldStandardContractualClauses;
        for (var i = 0; i < decisions.Count; i++)
        {
            if (Names(reference, decisions[i]))
            {
                return decisions[i];
            }
        }

        return null;
    }

    private static bool Names(string reference, string decision)
    {
        for (var at = reference.IndexOf(decision, StringComparison.Ordinal); at >= 0; at = reference.IndexOf(decision, at + 1, StringComparison.Ordinal))
        {
            var end = at + decision.Length;
            var before = at == 0 || !char.IsAsciiDigit(reference[at - 1]);
            var after = end == reference.Length || !char.IsAsciiDigit(reference[end]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }
}
