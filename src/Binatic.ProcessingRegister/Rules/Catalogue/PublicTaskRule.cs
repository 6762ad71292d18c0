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
        "Choose the basis that applies, usually contract, legal obligation (with its `law`) or legitimate interests. If the controller is a public authority, set `controller.publicAuthority: true`; if a law entrusts a private controller with the task, cite it in `law` and accept this finding with that reason.");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        foreach (var (activity, ground, pointer) in LawfulnessChecks.LegalBases(context.Register, window))
        {
            // In a register with several controllers, the activity's own controllers are the ones whose task it is.
            if (ground.Basis == LegalBasis.PublicTask && pointer.Activity is { } index && !context.HasPublicAuthority(index))
            {
                var controllers = context.ControllersOf(index);
                var names = string.Join(" and ", controllers.Select(c => c.Contact.Name));
                var verb = controllers.Count > 1 ? "are" : "is";
                yield return new Finding(
                    $"{pointer}/basis",
                    $"'{activity.Name}' relies on a public task, but {names} {verb} not a public authority; use the basis that applies, or cite the law that entrusts the task (Art. 6(1)(e), 6(3)).");
            }
        }
    }
}
