using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR048: the right to data portability is listed for processing that rests only on a legal obligation or a public
/// task, to which it does not apply (Art. 20(1), 20(3)).
/// </summary>
internal sealed class PortabilityScopeRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR048",
        "Data portability for processing on a legal obligation or public task",
        DiagnosticSeverity.Warning,
        "Art. 20(1), 20(3)",
        "The data-subject rights list `portability` for an activity, named under the right's `activities`, whose legal bases are all `legalObligation` or `publicTask`; or list it without `activities` in a register whose every activity rests only on those bases.",
        "The right to data portability applies only where the processing is based on consent (Art. 6(1)(a) or 9(2)(a)) or on a contract (Art. 6(1)(b)) and is carried out by automated means (Art. 20(1)); it does not apply to processing necessary for a task carried out in the public interest or in the exercise of official authority (Art. 20(3)). A legal obligation (Art. 6(1)(c)) is not among the bases of Art. 20(1) either. Promising data subjects a right they do not have misinforms them (Arts. 12(1), 13(2)(b)), and a request under it will be refused.",
        "Name under the right's `activities` only the activities based on consent or a contract, or remove `portability` from the rights when no activity is; keep access (Art. 15), which gives every data subject a copy of their data.")
    {
        Dutch = new(
            "Recht op overdraagbaarheid van gegevens bij een wettelijke verplichting of taak van algemeen belang",
            "art. 20 lid 1 en 20 lid 3 AVG",
            "De rechten van betrokkenen noemen `portability` voor een verwerking, genoemd onder de `activities` van het recht, waarvan alle rechtsgronden `legalObligation` of `publicTask` zijn; of noemen het zonder `activities` in een register waarvan elke verwerking alleen op die rechtsgronden berust.",
            "Het recht op overdraagbaarheid van gegevens geldt alleen als de verwerking berust op toestemming (art. 6 lid 1 onder a of 9 lid 2 onder a AVG) of op een overeenkomst (art. 6 lid 1 onder b AVG) en via geautomatiseerde procedés wordt verricht (art. 20 lid 1 AVG); het geldt niet voor een verwerking die noodzakelijk is voor de vervulling van een taak van algemeen belang of van een taak in het kader van de uitoefening van het openbaar gezag (art. 20 lid 3 AVG). Een wettelijke verplichting (art. 6 lid 1 onder c AVG) staat evenmin in art. 20 lid 1 AVG. Wie betrokkenen een recht belooft dat zij niet hebben, informeert hen onjuist (art. 12 lid 1 en 13 lid 2 onder b AVG), en een verzoek op grond daarvan wordt afgewezen.",
            "Noem onder de `activities` van het recht alleen de verwerkingen die op toestemming of een overeenkomst berusten, of haal `portability` weg uit de rechten als er geen zijn; houd het recht van inzage (art. 15 AVG), dat elke betrokkene een kopie van zijn gegevens geeft."),
    };

    private static readonly MessageTemplate ListedForEveryActivity = new(
        "The right to data portability is listed for every activity, but every activity rests only on a legal obligation or a public task, to which the right does not apply; remove it, or name under 'activities' those based on consent or a contract (Art. 20(1), 20(3)).",
        "Het recht op overdraagbaarheid van gegevens is vermeld voor elke verwerking, maar elke verwerking berust alleen op een wettelijke verplichting of een taak van algemeen belang, waarvoor het recht niet geldt; haal het weg, of noem onder 'activities' de verwerkingen die op toestemming of een overeenkomst berusten (art. 20 lid 1 en 20 lid 3 AVG).");

    private static readonly MessageTemplate ListedForActivity = new(
        "The right to data portability is listed for '{activity}', which rests only on a legal obligation or a public task, to which the right does not apply; remove '{id}' from the right's 'activities' (Art. 20(1), 20(3)).",
        "Het recht op overdraagbaarheid van gegevens is vermeld voor '{activity}', die alleen berust op een wettelijke verplichting of een taak van algemeen belang, waarvoor het recht niet geldt; haal '{id}' weg uit de 'activities' van het recht (art. 20 lid 1 en 20 lid 3 AVG).");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var register = context.Register;
        var rights = register.DataSubjectRights?.Rights ?? default;
        Dictionary<string, ProcessingActivity>? byId = null;
        for (var j = 0; j < rights.Count; j++)
        {
            if (rights[j].Kind != DataSubjectRightKind.Portability)
            {
                continue;
            }

            var named = rights[j].Activities;
            if (named.Count == 0)
            {
                if (register.Activities.Count > 0 && register.Activities.All(RestsOnlyOnLawOrPublicTask))
                {
                    yield return new Finding(
                        $"/dataSubjectRights/rights/{j}/right",
                        ListedForEveryActivity.Text());
                }

                continue;
            }

            byId ??= ActivitiesById(register);
            for (var k = 0; k < named.Count; k++)
            {
                if (byId.GetValueOrDefault(named[k]) is { } activity && RestsOnlyOnLawOrPublicTask(activity))
                {
                    yield return new Finding(
                        $"/dataSubjectRights/rights/{j}/activities/{k}",
                        ListedForActivity.With(("activity", activity.Name), ("id", activity.Id)));
                }
            }
        }
    }

    private static bool RestsOnlyOnLawOrPublicTask(ProcessingActivity activity) =>
        activity.LegalBases.Count > 0 && activity.LegalBases.All(ground => ground.Basis is LegalBasis.LegalObligation or LegalBasis.PublicTask);

    private static Dictionary<string, ProcessingActivity> ActivitiesById(Register register)
    {
        // Duplicate ids are reported by the loader; the first one wins, as it does for references.
        var byId = new Dictionary<string, ProcessingActivity>(StringComparer.Ordinal);
        foreach (var activity in register.Activities)
        {
            byId.TryAdd(activity.Id, activity);
        }

        return byId;
    }
}
