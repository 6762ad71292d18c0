using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR041: a public authority relies on a public task (Art. 6(1)(e)) without naming the law that lays it down. The
/// public task of a controller that is not a public authority is RPR017's, whose message already asks for that law.
/// </summary>
internal sealed class PublicTaskStatuteRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR041",
        "Public task without the law that lays it down",
        DiagnosticSeverity.Warning,
        "Art. 6(1)(e), 6(3)",
        "A legal basis of public task (Art. 6(1)(e)) of an activity whose controller is a public authority has no `law`. For a controller that is not a public authority, RPR017 reports the public task instead.",
        "Art. 6(3) requires the basis for processing under Art. 6(1)(e), as under (c), to be laid down by Union or Member State law, which determines the purpose or makes the processing necessary for the task. Without the provision, the register cannot show that the task exists or what it covers, and the purposes and data cannot be measured against it.",
        "Add `law` with the act and article that vest the task or the official authority in the controller, such as \"Participatiewet, art. 7\" for social assistance or \"Gemeentewet, art. 172\" for public order.")
    {
        Dutch = new(
            "Taak van algemeen belang zonder de wet die haar vaststelt",
            "art. 6 lid 1 onder e en 6 lid 3 AVG",
            "Een rechtsgrond van taak van algemeen belang (art. 6 lid 1 onder e AVG) van een verwerking waarvan de verwerkingsverantwoordelijke een overheidsinstantie is, heeft geen `law`. Voor een verwerkingsverantwoordelijke die geen overheidsinstantie is, meldt RPR017 de taak van algemeen belang in plaats hiervan.",
            "Art. 6 lid 3 AVG eist dat de rechtsgrond voor een verwerking op grond van art. 6 lid 1 onder e AVG, net als onder c, wordt vastgesteld bij Unierecht of lidstatelijk recht, dat het doel van de verwerking bepaalt of de verwerking noodzakelijk maakt voor de vervulling van de taak. Zonder de bepaling kan het register niet laten zien dat de taak bestaat of wat zij omvat, en kunnen de doelen en gegevens er niet aan worden getoetst.",
            "Voeg `law` toe met de wet en het artikel die de taak of het openbaar gezag aan de verwerkingsverantwoordelijke opdragen, zoals \"Participatiewet, art. 7\" voor de bijstand of \"Gemeentewet, art. 172\" voor de openbare orde."),
    };

    private static readonly MessageTemplate NoLaw = new(
        "'{activity}' relies on a public task without naming the law that lays it down; add 'law' with the act and article that vest the task in the controller (Art. 6(1)(e), 6(3)).",
        "'{activity}' berust op een taak van algemeen belang zonder de wet te noemen die haar vaststelt; voeg 'law' toe met de wet en het artikel die de taak aan de verwerkingsverantwoordelijke opdragen (art. 6 lid 1 onder e en 6 lid 3 AVG).");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        foreach (var (activity, ground, pointer) in LawfulnessChecks.LegalBases(context.Register, window))
        {
            if (ground.Basis == LegalBasis.PublicTask && string.IsNullOrWhiteSpace(ground.Law) && pointer.Activity is { } index && context.HasPublicAuthority(index))
            {
                yield return new Finding(
                    $"{pointer}/basis",
                    NoLaw.With(("activity", activity.Name)));
            }
        }
    }
}
