using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR042: a controller that is a public authority has no designated data protection officer (Art. 37(1)(a)). For a
/// public authority whose register says nothing about an officer, this rule reports it, and RPR002 does not.
/// </summary>
internal sealed class PublicAuthorityDpoRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR042",
        "Public authority without a data protection officer",
        DiagnosticSeverity.Error,
        "Art. 37(1)(a), 30(1)(a)",
        "A controller marked `publicAuthority: true` has no `dataProtectionOfficer` entry, or one with `designated: false`; for a controller that is not a public authority, RPR002 asks whether an officer was designated.",
        "Art. 37(1)(a) requires every public authority or body to designate a data protection officer, whatever it processes, except courts acting in their judicial capacity; several authorities may share one (Art. 37(3)). Art. 30(1)(a) requires the record to give the officer's contact details.",
        "Designate a data protection officer and record `dataProtectionOfficer` with `designated: true` and the officer's name and contact details. A court acting in its judicial capacity is exempt: accept this finding with that reason.")
    {
        Dutch = new(
            "Overheidsinstantie zonder functionaris voor gegevensbescherming",
            "art. 37 lid 1 onder a en 30 lid 1 onder a AVG",
            "Een verwerkingsverantwoordelijke met `publicAuthority: true` heeft geen `dataProtectionOfficer`, of een met `designated: false`; voor een verwerkingsverantwoordelijke die geen overheidsinstantie is, vraagt RPR002 of een functionaris is aangewezen.",
            "Art. 37 lid 1 onder a AVG eist dat elke overheidsinstantie of elk overheidsorgaan een functionaris voor gegevensbescherming aanwijst, wat het ook verwerkt, behalve gerechten bij de uitoefening van hun rechterlijke taken; meerdere instanties mogen er samen één aanwijzen (art. 37 lid 3 AVG). Art. 30 lid 1 onder a AVG eist dat het register de contactgegevens van de functionaris vermeldt.",
            "Wijs een functionaris voor gegevensbescherming aan en leg `dataProtectionOfficer` vast met `designated: true` en de naam en contactgegevens van de functionaris. Een gerecht bij de uitoefening van zijn rechterlijke taken is uitgezonderd: accepteer deze bevinding met die reden."),
    };

    private static readonly MessageTemplate NoOfficer = new(
        "The register names no data protection officer for {controller}, a public authority, which must designate one; record the officer with 'designated: true' and contact details (Art. 37(1)(a), 30(1)(a)).",
        "Het register noemt geen functionaris voor gegevensbescherming voor {controller}, een overheidsinstantie, die er een moet aanwijzen; leg de functionaris vast met 'designated: true' en contactgegevens (art. 37 lid 1 onder a en 30 lid 1 onder a AVG).");

    private static readonly MessageTemplate NoneDesignated = new(
        "The register says {controller} has designated no data protection officer, but as a public authority it must; designate one and record the officer's contact details (Art. 37(1)(a), 30(1)(a)).",
        "Volgens het register heeft {controller} geen functionaris voor gegevensbescherming aangewezen, maar als overheidsinstantie moet dat; wijs er een aan en leg de contactgegevens van de functionaris vast (art. 37 lid 1 onder a en 30 lid 1 onder a AVG).");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        for (var i = 0; i < context.Register.Controllers.Count; i++)
        {
            var controller = context.Register.Controllers[i];
            if (!controller.IsPublicAuthority || controller.DataProtectionOfficer is { IsDesignated: true })
            {
                continue;
            }

            var name = ControllerNames.Of(controller);
            var at = $"{context.ControllerPointer(i)}/dataProtectionOfficer";
            yield return controller.DataProtectionOfficer is null
                ? new Finding(
                    at,
                    NoOfficer.With(("controller", name)))
                : new Finding(
                    $"{at}/designated",
                    NoneDesignated.With(("controller", name)));
        }
    }
}
