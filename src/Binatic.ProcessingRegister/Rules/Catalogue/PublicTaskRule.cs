using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR017: a controller that is not a public authority relies on a public task (Art. 6(1)(e)).</summary>
internal sealed class PublicTaskRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR017",
        "Public task claimed by a private controller",
        DiagnosticSeverity.Warning,
        "Art. 6(1)(e), 6(3)",
        "A legal basis of public task (Art. 6(1)(e)) appears in a register whose controller is not marked `publicAuthority: true`.",
        "Art. 6(1)(e) covers tasks carried out in the public interest or in the exercise of official authority vested in the controller, and Art. 6(3) requires that task to be laid down by Union or Member State law. A private company rarely has such a task; when it claims one, the basis is usually mistaken for its own interest (Art. 6(1)(f)) or a legal obligation (Art. 6(1)(c)).",
        "Choose the basis that applies, usually contract, legal obligation (with its `law`) or legitimate interests. If the controller is a public authority, set `controller.publicAuthority: true`; if a law entrusts a private controller with the task, cite it in `law` and accept this finding with that reason.")
    {
        Dutch = new(
            "Taak van algemeen belang geclaimd door een private verwerkingsverantwoordelijke",
            "art. 6 lid 1 onder e en 6 lid 3 AVG",
            "Een rechtsgrond van taak van algemeen belang (art. 6 lid 1 onder e AVG) staat in een register waarvan de verwerkingsverantwoordelijke niet als `publicAuthority: true` is gemarkeerd.",
            "Art. 6 lid 1 onder e AVG gaat over de vervulling van een taak van algemeen belang of van een taak in het kader van de uitoefening van het openbaar gezag dat aan de verwerkingsverantwoordelijke is opgedragen, en art. 6 lid 3 AVG eist dat die taak is vastgesteld bij Unierecht of lidstatelijk recht. Een private onderneming heeft zelden zo'n taak; claimt zij er een, dan is de rechtsgrond meestal verward met haar eigen belang (art. 6 lid 1 onder f AVG) of met een wettelijke verplichting (art. 6 lid 1 onder c AVG).",
            "Kies de rechtsgrond die van toepassing is, meestal overeenkomst, wettelijke verplichting (met haar `law`) of gerechtvaardigd belang. Is de verwerkingsverantwoordelijke een overheidsinstantie, zet dan `controller.publicAuthority: true`; draagt een wet de taak op aan een private verwerkingsverantwoordelijke, noem die wet dan in `law` en accepteer deze bevinding met die reden."),
    };

    private static readonly MessageTemplate NotPublicAuthority = new(
        "'{activity}' relies on a public task, but {controller} is not a public authority; use the basis that applies, or cite the law that entrusts the task (Art. 6(1)(e), 6(3)).",
        "'{activity}' berust op een taak van algemeen belang, maar {controller} is geen overheidsinstantie; gebruik de rechtsgrond die van toepassing is, of noem de wet die de taak opdraagt (art. 6 lid 1 onder e en 6 lid 3 AVG).");

    private static readonly MessageTemplate NotPublicAuthorities = new(
        "'{activity}' relies on a public task, but {controllers} are not a public authority; use the basis that applies, or cite the law that entrusts the task (Art. 6(1)(e), 6(3)).",
        "'{activity}' berust op een taak van algemeen belang, maar {controllers} zijn geen overheidsinstanties; gebruik de rechtsgrond die van toepassing is, of noem de wet die de taak opdraagt (art. 6 lid 1 onder e en 6 lid 3 AVG).");

    private static readonly MessageTemplate And = new(
        "{first} and {second}",
        "{first} en {second}");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        foreach (var (activity, ground, pointer) in LawfulnessChecks.LegalBases(context.Register, window))
        {
            // In a register with several controllers, the activity's own controllers are the ones whose task it is.
            if (ground.Basis == LegalBasis.PublicTask && pointer.Activity is { } index && !context.HasPublicAuthority(index))
            {
                var controllers = context.ControllersOf(index);
                // The names as written, joined by "and" in the message's language: "A and B and C".
                var names = controllers.Skip(1).Aggregate<Controller, object>(
                    controllers.Count > 0 ? controllers[0].Contact.Name : string.Empty,
                    (first, next) => And.With(("first", first), ("second", next.Contact.Name)));
                yield return new Finding(
                    $"{pointer}/basis",
                    controllers.Count > 1
                        ? NotPublicAuthorities.With(("activity", activity.Name), ("controllers", names))
                        : NotPublicAuthority.With(("activity", activity.Name), ("controller", names)));
            }
        }
    }
}
