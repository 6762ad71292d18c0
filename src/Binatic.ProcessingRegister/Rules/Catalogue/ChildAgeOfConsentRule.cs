using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Facts;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR022: the age below which a parent must consent is lower than the law allows.</summary>
internal sealed class ChildAgeOfConsentRule : Rule
{
    private const string Netherlands = "NL";

    public override RuleDescriptor Descriptor { get; } = new(
        "RPR022",
        "Child-consent age below the legal minimum",
        DiagnosticSeverity.Error,
        "Art. 8(1); UAVG art. 5",
        $"`children.ageOfConsent` is below {GdprFacts.DutchAgeOfConsent} while the controller's address is in the Netherlands, or below {GdprFacts.LowestAgeOfConsent} for any controller.",
        $"Art. 8(1) requires a parent's consent for information-society services offered to a child under {GdprFacts.DutchAgeOfConsent}; member states may lower that age, but not below {GdprFacts.LowestAgeOfConsent}. The Netherlands keeps {GdprFacts.DutchAgeOfConsent} (UAVG art. 5). A lower age in the register means children's own consent is accepted where it is not valid.",
        $"Set `children.ageOfConsent` to the age of the member state where the controller is established: {GdprFacts.DutchAgeOfConsent} in the Netherlands, and never below {GdprFacts.LowestAgeOfConsent}.");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        if (context.Register.Children is not { } children)
        {
            yield break;
        }

        // The children's policy is the register's, so one controller established in the Netherlands binds it to Dutch law.
        var dutch = context.Register.Controllers.FirstOrDefault(c => string.Equals(c.Contact.Address?.Country, Netherlands, StringComparison.Ordinal));
        if (dutch is not null && children.AgeOfConsent < GdprFacts.DutchAgeOfConsent)
        {
            yield return new Finding(
                "/children/ageOfConsent",
                $"The age of consent for children is {children.AgeOfConsent}, but {dutch.Contact.Name} is established in the Netherlands, where a parent must consent under {GdprFacts.DutchAgeOfConsent}; set it to {GdprFacts.DutchAgeOfConsent} (Art. 8(1); UAVG art. 5).");
        }
        else if (children.AgeOfConsent < GdprFacts.LowestAgeOfConsent)
        {
            yield return new Finding(
                "/children/ageOfConsent",
                $"The age of consent for children is {children.AgeOfConsent}, below {GdprFacts.LowestAgeOfConsent}, the lowest any member state may set; set the age of the member state where the controller is established (Art. 8(1)).");
        }
    }
}
