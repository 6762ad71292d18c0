using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR023: the register states an age of consent for children, but no activity relies on consent.</summary>
internal sealed class ChildrenWithoutConsentRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR023",
        "Child-consent statement without a consent-based activity",
        DiagnosticSeverity.Info,
        "Art. 8(1)",
        "The register has a `children` statement, but no activity has a legal basis of consent (Art. 6(1)(a)).",
        "Art. 8(1) sets conditions for a child's consent where information-society services are offered on the basis of consent. If nothing rests on consent, the statement does not describe an actual safeguard: either an activity that relies on consent is missing from the register, or the statement should explain what it covers (in the Netherlands, UAVG art. 5 is read by commentators as requiring a legal representative's consent under 16 beyond information-society services).",
        "Add the consent-based activity the statement is about, with its legal basis of consent; or describe in `children.description` what the age limit applies to, and accept this finding with that reason.")
    {
        Dutch = new(
            "Toestemmingsleeftijd voor kinderen zonder verwerking op basis van toestemming",
            "art. 8 lid 1 AVG",
            "Het register heeft een onderdeel `children`, maar geen verwerking heeft toestemming (art. 6 lid 1 onder a AVG) als rechtsgrond.",
            "Art. 8 lid 1 AVG stelt voorwaarden aan de toestemming van een kind wanneer diensten van de informatiemaatschappij op basis van toestemming worden aangeboden. Als niets op toestemming berust, beschrijft het onderdeel geen werkelijke waarborg: of er ontbreekt een verwerking op basis van toestemming in het register, of het onderdeel moet uitleggen waarop het ziet (in Nederland lezen commentatoren art. 5 UAVG zo dat onder 16 jaar ook buiten diensten van de informatiemaatschappij toestemming van een wettelijk vertegenwoordiger nodig is).",
            "Voeg de verwerking op basis van toestemming toe waarover het onderdeel gaat, met toestemming als rechtsgrond; of beschrijf in `children.description` waarop de leeftijdsgrens ziet, en accepteer deze bevinding met die reden."),
    };

    private static readonly MessageTemplate NoConsentActivity = new(
        "The register sets an age of consent for children ({age}), but no activity relies on consent, the only basis Art. 8(1) governs; add the consent-based activity or explain what the age limit covers (Art. 8(1)).",
        "Het register stelt een toestemmingsleeftijd voor kinderen ({age}), maar geen verwerking berust op toestemming, de enige grondslag waarop art. 8 lid 1 AVG ziet; voeg de verwerking op basis van toestemming toe of leg uit waarop de leeftijdsgrens ziet (art. 8 lid 1 AVG).");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var register = context.Register;
        // The age of consent concerns a controller's own consent-based activities; a processor-only register has none.
        if (register.Children is not { } children || !register.Info.IsControllerRecord)
        {
            yield break;
        }

        if (!register.Activities.Any(activity => activity.LegalBases.Any(ground => ground.Basis == LegalBasis.Consent)))
        {
            yield return new Finding(
                "/children",
                NoConsentActivity.With(("age", children.AgeOfConsent)));
        }
    }
}
