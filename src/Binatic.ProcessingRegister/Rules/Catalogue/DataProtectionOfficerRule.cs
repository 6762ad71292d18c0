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
        "Add `controller.dataProtectionOfficer` with `designated: true` and the officer's name and contact details, or `designated: false` with a `note` saying why none is required (for example: no large-scale monitoring and no large-scale Art. 9 or 10 data, Art. 37(1)). For a controller outside the EEA, do the same under `controller.representative` (Art. 27).")
    {
        Dutch = new(
            "Functionaris voor gegevensbescherming of vertegenwoordiger niet vermeld",
            "art. 30 lid 1 onder a, 37 en 27 AVG",
            "De verwerkingsverantwoordelijke heeft geen `dataProtectionOfficer` (voor een overheidsinstantie, die er een moet aanwijzen, meldt RPR042 dat in plaats hiervan); of zijn postadres ligt in een land buiten de EER en hij heeft geen `representative`. Gezamenlijke verwerkingsverantwoordelijken worden alleen vermeld waar ze er zijn, dus dat ze ontbreken is geen bevinding.",
            "Art. 30 lid 1 onder a AVG eist dat het register de functionaris voor gegevensbescherming noemt, en de vertegenwoordiger van art. 27 AVG als die er is. Of een functionaris nodig is, hangt af van art. 37 lid 1 AVG (een overheidsinstantie of overheidsorgaan, grootschalige regelmatige en stelselmatige observatie van betrokkenen, of grootschalige verwerking van gegevens als bedoeld in art. 9 of 10 AVG); een register dat erover zwijgt, kan niet laten zien dat die vraag is gesteld, wat de verantwoordingsplicht (art. 5 lid 2 AVG) vraagt. Een verwerkingsverantwoordelijke buiten de Unie die goederen of diensten aanbiedt aan betrokkenen in de Unie, of hun gedrag observeert, moet een vertegenwoordiger in de Unie aanwijzen (art. 27 lid 1 AVG), tenzij art. 27 lid 2 AVG hem daarvan uitzondert.",
            "Voeg `controller.dataProtectionOfficer` toe met `designated: true` en de naam en contactgegevens van de functionaris, of met `designated: false` en een `note` waarom er geen nodig is (bijvoorbeeld: geen grootschalige observatie en geen grootschalige verwerking van gegevens als bedoeld in art. 9 of 10 AVG, art. 37 lid 1 AVG). Doe voor een verwerkingsverantwoordelijke buiten de EER hetzelfde onder `controller.representative` (art. 27 AVG)."),
    };

    private static readonly MessageTemplate NoOfficer = new(
        "The register does not say whether {controller} has a data protection officer; record the officer, or 'designated: false' with a note why none is required (Art. 30(1)(a), 37).",
        "Het register zegt niet of {controller} een functionaris voor gegevensbescherming heeft; leg de functionaris vast, of 'designated: false' met een toelichting waarom er geen nodig is (art. 30 lid 1 onder a en 37 AVG).");

    private static readonly MessageTemplate NoRepresentative = new(
        "{controller} is established in {country}, outside the EEA, but the register does not say whether it has a representative in the Union; record the representative, or 'designated: false' with a note why none is required (Art. 30(1)(a), 27).",
        "{controller} is gevestigd in {country}, buiten de EER, maar het register zegt niet of er een vertegenwoordiger in de Unie is aangewezen; leg de vertegenwoordiger vast, of 'designated: false' met een toelichting waarom er geen nodig is (art. 30 lid 1 onder a en 27 AVG).");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        for (var i = 0; i < context.Register.Controllers.Count; i++)
        {
            var controller = context.Register.Controllers[i];
            var at = context.ControllerPointer(i);
            var name = ControllerNames.Of(controller);
            // A public authority must designate an officer (Art. 37(1)(a)): RPR042 reports that, as an error.
            if (controller.DataProtectionOfficer is null && !controller.IsPublicAuthority)
            {
                yield return new Finding(
                    $"{at}/dataProtectionOfficer",
                    NoOfficer.With(("controller", name)));
            }

            var country = controller.Contact.Address?.Country;
            if (controller.Representative is null && !string.IsNullOrWhiteSpace(country) && !GdprFacts.IsInEea(country))
            {
                yield return new Finding(
                    $"{at}/representative",
                    NoRepresentative.With(("controller", ControllerNames.Of(controller, startsSentence: true)), ("country", country)));
            }
        }
    }
}
