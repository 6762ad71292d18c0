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
        "Add the arrangement under `jointControllerArrangements` (its parties, what each is responsible for, the document and its essence) and refer to it from the activity's `jointControllerArrangements`; for a controller's `jointControllers` entry, add `arrangement` with its essence. If the recipient decides on its own purposes and means, give it `role: controller` instead.")
    {
        Dutch = new(
            "Gezamenlijke verwerkingsverantwoordelijke zonder regeling van art. 26 AVG",
            "art. 26 lid 1 en 2 AVG",
            "Een verwerking noemt onder haar `recipients` een ontvanger met `role: jointController`, maar verwijst naar geen `jointControllerArrangements`; of een vermelding in de `jointControllers` van een verwerkingsverantwoordelijke heeft geen `arrangement`, en geen regeling tussen gezamenlijke verwerkingsverantwoordelijken in het register noemt een partij met die naam.",
            "Gezamenlijke verwerkingsverantwoordelijken stellen in een onderlinge regeling vast wie welke verantwoordelijkheid draagt, met name voor de uitoefening van de rechten van de betrokkene en de informatie van art. 13 en 14 AVG (art. 26 lid 1 AVG), en de wezenlijke inhoud van die regeling wordt aan de betrokkene beschikbaar gesteld (art. 26 lid 2 AVG). Een register dat een partij als gezamenlijke verwerkingsverantwoordelijke aanmerkt maar geen regeling vastlegt, laat open wie het verzoek van een betrokkene beantwoordt. Een waarschuwing: de regeling kan bestaan en alleen in het register ontbreken.",
            "Leg de regeling vast onder `jointControllerArrangements` (de partijen, waarvoor elk verantwoordelijk is, het document en de wezenlijke inhoud) en verwijs ernaar vanuit de `jointControllerArrangements` van de verwerking; voeg bij een vermelding in de `jointControllers` van een verwerkingsverantwoordelijke een `arrangement` toe met de wezenlijke inhoud. Bepaalt de ontvanger zelf de doelen en middelen, geef hem dan `role: controller`."),
    };

    private static readonly MessageTemplate RecipientWithoutArrangement = new(
        "'{activity}' shares data with '{recipient}', a joint controller, but refers to no joint-controller arrangement; record the arrangement under 'jointControllerArrangements' and refer to it from the activity (Art. 26(1)).",
        "'{activity}' deelt persoonsgegevens met '{recipient}', een gezamenlijke verwerkingsverantwoordelijke, maar verwijst naar geen regeling tussen gezamenlijke verwerkingsverantwoordelijken; leg de regeling vast onder 'jointControllerArrangements' en verwijs ernaar vanuit de verwerking (art. 26 lid 1 AVG).");

    private static readonly MessageTemplate JointControllerWithoutArrangement = new(
        "The joint controller '{name}' has no arrangement; add 'arrangement' with the essence of the Art. 26 arrangement, or record it under 'jointControllerArrangements' (Art. 26(1)-(2)).",
        "De gezamenlijke verwerkingsverantwoordelijke '{name}' heeft geen regeling; voeg 'arrangement' toe met de wezenlijke inhoud van de regeling van art. 26 AVG, of leg haar vast onder 'jointControllerArrangements' (art. 26 lid 1 en 2 AVG).");

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
                        RecipientWithoutArrangement.With(("activity", activity.Name), ("recipient", recipient.Name)));
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
                        JointControllerWithoutArrangement.With(("name", name)));
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
