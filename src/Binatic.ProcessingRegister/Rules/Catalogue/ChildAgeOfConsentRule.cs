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
        $"Set `children.ageOfConsent` to the age of the member state where the controller is established: {GdprFacts.DutchAgeOfConsent} in the Netherlands, and never below {GdprFacts.LowestAgeOfConsent}.")
    {
        Dutch = new(
            "Toestemmingsleeftijd voor kinderen onder het wettelijk minimum",
            "art. 8 lid 1 AVG; art. 5 UAVG",
            $"`children.ageOfConsent` ligt onder {GdprFacts.DutchAgeOfConsent} terwijl het adres van de verwerkingsverantwoordelijke in Nederland ligt, of onder {GdprFacts.LowestAgeOfConsent} voor welke verwerkingsverantwoordelijke ook.",
            $"Art. 8 lid 1 AVG vraagt toestemming van een ouder voor diensten van de informatiemaatschappij die aan een kind onder {GdprFacts.DutchAgeOfConsent} jaar worden aangeboden; lidstaten mogen die leeftijd verlagen, maar niet onder {GdprFacts.LowestAgeOfConsent} jaar. Nederland houdt {GdprFacts.DutchAgeOfConsent} jaar aan (art. 5 UAVG). Een lagere leeftijd in het register betekent dat de eigen toestemming van kinderen wordt aanvaard waar die niet geldig is.",
            $"Zet `children.ageOfConsent` op de leeftijd van de lidstaat waar de verwerkingsverantwoordelijke gevestigd is: {GdprFacts.DutchAgeOfConsent} in Nederland, en nooit lager dan {GdprFacts.LowestAgeOfConsent}."),
    };

    private static readonly MessageTemplate BelowDutch = new(
        "The age of consent for children is {age}, but {controller} is established in the Netherlands, where a parent must consent under {dutchAge}; set it to {dutchAge} (Art. 8(1); UAVG art. 5).",
        "De toestemmingsleeftijd voor kinderen is {age}, maar {controller} is gevestigd in Nederland, waar onder {dutchAge} jaar een ouder toestemming moet geven; zet haar op {dutchAge} (art. 8 lid 1 AVG; art. 5 UAVG).");

    private static readonly MessageTemplate BelowLowest = new(
        "The age of consent for children is {age}, below {lowest}, the lowest any member state may set; set the age of the member state where the controller is established (Art. 8(1)).",
        "De toestemmingsleeftijd voor kinderen is {age}, lager dan {lowest}, de laagste leeftijd die een lidstaat mag vaststellen; zet haar op de leeftijd van de lidstaat waar de verwerkingsverantwoordelijke gevestigd is (art. 8 lid 1 AVG).");

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
                BelowDutch.With(("age", children.AgeOfConsent), ("controller", dutch.Contact.Name), ("dutchAge", GdprFacts.DutchAgeOfConsent)));
        }
        else if (children.AgeOfConsent < GdprFacts.LowestAgeOfConsent)
        {
            yield return new Finding(
                "/children/ageOfConsent",
                BelowLowest.With(("age", children.AgeOfConsent), ("lowest", GdprFacts.LowestAgeOfConsent)));
        }
    }
}
