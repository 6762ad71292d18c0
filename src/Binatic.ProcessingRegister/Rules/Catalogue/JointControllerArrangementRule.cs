using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR046: a joint controller without an Art. 26 arrangement: an activity discloses data to a recipient whose role is
/// joint controller and refers to no joint-controller arrangement, or a controller lists a joint controller without
/// the essence of the arrangement.
/// </summary>
internal sealed class JointControllerArrangementRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR046",
        "Joint controller without an Art. 26 arrangement",
        DiagnosticSeverity.Warning,
        "Art. 26(1)-(2)",
        "An activity names a recipient with `role: jointController` under its `recipients` but refers to no `jointControllerArrangements`; or an entry of a controller's `jointControllers` has no `arrangement`, and no joint-controller arrangement of the register lists a party of that name.",
        "Joint controllers must determine their respective responsibilities, in particular for the rights of data subjects and the information of Arts. 13 and 14, in an arrangement between them (Art. 26(1)), and the essence of that arrangement must be made available to the data subject (Art. 26(2)). A register that marks a party as a joint controller but records no arrangement leaves open who answers a data subject's request. A warning: the arrangement may exist and only be missing from the record.",
        "Add the arrangement under `jointControllerArrangements` (its parties, what each is responsible for, the document and its essence) and refer to it from the activity's `jointControllerArrangements`; for a controller's `jointControllers` entry, add `arrangement` with its essence. If the recipient decides on its own purposes and means, give it `role: controller` instead.");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            var activity = activities[i];
            if (activity.JointControllerArrangements.Count > 0 || activity.Recipients is not { } recipients)
            {
                continue;
            }

            for (var k = 0; k < recipients.Count; k++)
            {
                if (context.Recipient(recipients[k]) is { Role: RecipientRole.JointController } recipient)
                {
                    yield return new Finding(
                        $"/activities/{i}/recipients/{k}",
                        $"'{activity.Name}' shares data with '{recipient.Name}', a joint controller, but refers to no joint-controller arrangement; record the arrangement under 'jointControllerArrangements' and refer to it from the activity (Art. 26(1)).");
                }
            }
        }
    }

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var register = context.Register;
        HashSet<string>? parties = null;
        for (var c = 0; c < register.Controllers.Count; c++)
        {
            var jointControllers = register.Controllers[c].JointControllers;
            for (var j = 0; j < jointControllers.Count; j++)
            {
                var name = jointControllers[j].Contact.Name;
                if (string.IsNullOrWhiteSpace(jointControllers[j].Arrangement) && !(parties ??= PartiesToArrangements(register)).Contains(name.Trim()))
                {
                    yield return new Finding(
                        $"{context.ControllerPointer(c)}/jointControllers/{j}/arrangement",
                        $"The joint controller '{name}' has no arrangement; add 'arrangement' with the essence of the Art. 26 arrangement, or record it under 'jointControllerArrangements' (Art. 26(1)-(2)).");
                }
            }
        }
    }

    // An arrangement recorded under jointControllerArrangements that names the joint controller as a party is the
    // arrangement the controller's list would otherwise summarise. A set, because a register may list many of both.
    private static HashSet<string> PartiesToArrangements(Register register) =>
        register.JointControllerArrangements
            .SelectMany(arrangement => arrangement.Parties)
            .Select(party => party.Contact.Name.Trim())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
