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
        "Give each legal basis of the activity a `purposes` list with the purposes it covers, copied exactly from the activity's `purposes`; if one basis covers a separate processing, consider splitting the activity.");

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
                        $"The activity '{activity.Name}' rests on {bases.Count} legal bases, but its {WireNames.Format(bases[j].Basis)} basis does not say which purposes it covers; list them under 'purposes' (Art. 6(1), 13(1)(c)).");
                }

                for (var k = 0; k < bases[j].Purposes.Count; k++)
                {
                    var purpose = bases[j].Purposes[k];
                    if (!Texts.Contains(activity.Purposes, purpose))
                    {
                        // Finding the nearest purpose reads all of the activity's; only the findings a report shows in
                        // full (FindingCap.PerRule of them) look, so that thousands of purposes cost no quadratic time.
                        var suggestion = suggested++ < FindingCap.PerRule && NearestMatch.Find(purpose, activity.Purposes) is { } nearest
                            ? $" (did you mean '{nearest}'?)"
                            : string.Empty;
                        yield return new Finding(
                            $"{pointer}/purposes/{k}",
                            $"The {WireNames.Format(bases[j].Basis)} basis of '{activity.Name}' covers '{purpose}', which is not one of the activity's purposes{suggestion}; write it exactly as under 'purposes' (Art. 6(1), 13(1)(c)).");
                    }
                }
            }
        }
    }
}
