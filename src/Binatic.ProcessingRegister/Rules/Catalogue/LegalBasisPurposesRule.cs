using Binatic.ProcessingRegister.Binding;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR012: an activity rests on several legal bases without saying which basis covers which purpose, or a basis
/// names a purpose the activity does not have.
/// </summary>
internal sealed class LegalBasisPurposesRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR012",
        "Several legal bases without a mapping to purposes",
        DiagnosticSeverity.Warning,
        "Art. 6(1), 13(1)(c)",
        "An activity has more than one legal basis and some basis has no `purposes`; or a basis lists under `purposes` an entry that is not written exactly as one of the activity's `purposes`.",
        "Each purpose needs its own legal basis, and data subjects must be told the purposes together with the legal basis for each (Art. 13(1)(c)). A list such as \"legal obligation, contract, legitimate interests\" on one activity hides which basis carries which processing, so none can be assessed: which data falls away when consent is withdrawn or an objection succeeds, and which must be kept because the law requires it.",
        "Give each legal basis of the activity a `purposes` list with the purposes it covers, copied exactly from the activity's `purposes`; if one basis covers a separate processing, consider splitting the activity.")
    {
        Dutch = new(
            "Meerdere rechtsgronden zonder koppeling aan doeleinden",
            "art. 6 lid 1 en 13 lid 1 onder c AVG",
            "Een verwerking heeft meer dan één rechtsgrond en een van de grondslagen heeft geen `purposes`; of een grondslag noemt onder `purposes` een doel dat niet precies zo onder de `purposes` van de verwerking staat.",
            "Elk doel heeft een eigen rechtsgrond nodig, en betrokkenen moeten de doeleinden te horen krijgen samen met de rechtsgrond voor elk ervan (art. 13 lid 1 onder c AVG). Een lijst als \"wettelijke verplichting, overeenkomst, gerechtvaardigd belang\" bij één verwerking verbergt welke grondslag welke verwerking draagt, zodat geen ervan te beoordelen is: welke gegevens vervallen als de toestemming wordt ingetrokken of een bezwaar slaagt, en welke bewaard moeten blijven omdat de wet dat vraagt.",
            "Geef elke rechtsgrond van de verwerking een lijst `purposes` met de doeleinden die zij dekt, precies overgenomen uit de `purposes` van de verwerking; als een grondslag een afzonderlijke verwerking dekt, overweeg dan de verwerking te splitsen."),
    };

    private static readonly MessageTemplate Unmapped = new(
        "The activity '{activity}' rests on {count} legal bases, but its {basis} basis does not say which purposes it covers; list them under 'purposes' (Art. 6(1), 13(1)(c)).",
        "De verwerking '{activity}' berust op {count} rechtsgronden, maar haar grondslag {basis} zegt niet welke doeleinden zij dekt; noem die onder 'purposes' (art. 6 lid 1 en 13 lid 1 onder c AVG).");

    private static readonly MessageTemplate NotAPurpose = new(
        "The {basis} basis of '{activity}' covers '{purpose}', which is not one of the activity's purposes{suggestion}; write it exactly as under 'purposes' (Art. 6(1), 13(1)(c)).",
        "De grondslag {basis} van '{activity}' dekt '{purpose}', dat geen van de doeleinden van de verwerking is{suggestion}; schrijf het precies zoals onder 'purposes' (art. 6 lid 1 en 13 lid 1 onder c AVG).");

    private static readonly MessageTemplate DidYouMean = new(
        " (did you mean '{nearest}'?)",
        " (bedoelt u '{nearest}'?)");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        var suggested = 0;
        for (var i = window.Start; i < window.End; i++)
        {
            var activity = activities[i];
            var bases = activity.LegalBases;
            for (var j = 0; j < bases.Count; j++)
            {
                var pointer = new ItemPointer(i, "legalBases", j);
                if (bases.Count > 1 && bases[j].Purposes.Count == 0)
                {
                    yield return new Finding(
                        pointer.ToString(),
                        Unmapped.With(("activity", activity.Name), ("count", bases.Count), ("basis", WireNames.Format(bases[j].Basis))));
                }

                for (var k = 0; k < bases[j].Purposes.Count; k++)
                {
                    var purpose = bases[j].Purposes[k];
                    if (!Texts.Contains(activity.Purposes, purpose))
                    {
                        // Finding the nearest purpose reads all of the activity's; only the findings a report shows in
                        // full (FindingCap.PerRule of them) look, so that thousands of purposes cost no quadratic time.
                        var suggestion = suggested++ < FindingCap.PerRule && NearestMatch.Find(purpose, activity.Purposes) is { } nearest
                            ? (object)DidYouMean.With(("nearest", nearest))
                            : string.Empty;
                        yield return new Finding(
                            $"{pointer}/purposes/{k}",
                            NotAPurpose.With(("basis", WireNames.Format(bases[j].Basis)), ("activity", activity.Name), ("purpose", purpose), ("suggestion", suggestion)));
                    }
                }
            }
        }
    }
}
