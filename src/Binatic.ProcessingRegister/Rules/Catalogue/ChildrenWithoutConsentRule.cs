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
        "Add the consent-based activity the statement is about, with its legal basis of consent; or describe in `children.description` what the age limit applies to, and accept this finding with that reason.");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var register = context.Register;
        if (register.Children is not { } children)
        {
            yield break;
        }

        if (!register.Activities.Any(activity => activity.LegalBases.Any(ground => ground.Basis == LegalBasis.Consent)))
        {
            yield return new Finding(
                "/children",
                $"The register sets an age of consent for children ({children.AgeOfConsent}), but no activity relies on consent, the only basis Art. 8(1) governs; add the consent-based activity or explain what the age limit covers (Art. 8(1)).");
        }
    }
}
