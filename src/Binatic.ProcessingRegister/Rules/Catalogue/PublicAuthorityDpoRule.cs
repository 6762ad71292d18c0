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
        "Designate a data protection officer and record `dataProtectionOfficer` with `designated: true` and the officer's name and contact details. A court acting in its judicial capacity is exempt: accept this finding with that reason.");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        for (var i = 0; i < context.Register.Controllers.Count; i++)
        {
            var controller = context.Register.Controllers[i];
            if (!controller.IsPublicAuthority || controller.DataProtectionOfficer is { IsDesignated: true })
            {
                continue;
            }

            var name = string.IsNullOrWhiteSpace(controller.Contact.Name) ? "the controller" : $"'{controller.Contact.Name}'";
            var at = $"{context.ControllerPointer(i)}/dataProtectionOfficer";
            yield return controller.DataProtectionOfficer is null
                ? new Finding(
                    at,
                    $"The register names no data protection officer for {name}, a public authority, which must designate one; record the officer with 'designated: true' and contact details (Art. 37(1)(a), 30(1)(a)).")
                : new Finding(
                    $"{at}/designated",
                    $"The register says {name} has designated no data protection officer, but as a public authority it must; designate one and record the officer's contact details (Art. 37(1)(a), 30(1)(a)).");
        }
    }
}
