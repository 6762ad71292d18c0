using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Facts;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR002: the register does not say whether a data protection officer was designated, or, for a controller
/// established outside the EEA, whether it has a representative in the Union.
/// </summary>
internal sealed class DataProtectionOfficerRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR002",
        "Data protection officer or representative not stated",
        DiagnosticSeverity.Warning,
        "Art. 30(1)(a), 37, 27",
        "The controller has no `dataProtectionOfficer` entry (for a public authority, which must designate one, RPR042 reports that instead); or its postal address is in a country outside the EEA and it has no `representative` entry. Joint controllers are listed only where they exist, so their absence is not a finding.",
        "Art. 30(1)(a) requires the record to name the data protection officer and the Art. 27 representative where there is one. Whether a DPO is needed depends on Art. 37(1) (a public authority, large-scale regular and systematic monitoring, or large-scale Art. 9 or 10 data); a register that is silent cannot show that this question was asked, which accountability (Art. 5(2)) requires. A controller outside the Union that offers goods or services to people in it, or monitors them, must designate a representative (Art. 27(1)) unless Art. 27(2) exempts it.",
        "Add `controller.dataProtectionOfficer` with `designated: true` and the officer's name and contact details, or `designated: false` with a `note` saying why none is required (for example: no large-scale monitoring and no large-scale Art. 9 or 10 data, Art. 37(1)). For a controller outside the EEA, do the same under `controller.representative` (Art. 27).");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        for (var i = 0; i < context.Register.Controllers.Count; i++)
        {
            var controller = context.Register.Controllers[i];
            var at = context.ControllerPointer(i);
            var name = string.IsNullOrWhiteSpace(controller.Contact.Name) ? "the controller" : $"'{controller.Contact.Name}'";
            // A public authority must designate an officer (Art. 37(1)(a)): RPR042 reports that, as an error.
            if (controller.DataProtectionOfficer is null && !controller.IsPublicAuthority)
            {
                yield return new Finding(
                    $"{at}/dataProtectionOfficer",
                    $"The register does not say whether {name} has a data protection officer; record the officer, or 'designated: false' with a note why none is required (Art. 30(1)(a), 37).");
            }

            var country = controller.Contact.Address?.Country;
            if (controller.Representative is null && !string.IsNullOrWhiteSpace(country) && !GdprFacts.IsInEea(country))
            {
                yield return new Finding(
                    $"{at}/representative",
                    $"{Capitalised(name)} is established in {country}, outside the EEA, but the register does not say whether it has a representative in the Union; record the representative, or 'designated: false' with a note why none is required (Art. 30(1)(a), 27).");
            }
        }
    }

    private static string Capitalised(string text) => string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
}
