using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR013: Art. 6(1)(f) is relied on without a documented legitimate-interests assessment.</summary>
internal sealed class LegitimateInterestsRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR013",
        "Legitimate interests without an assessment",
        DiagnosticSeverity.Warning,
        "Art. 6(1)(f), 13(1)(d); EDPB Guidelines 1/2024",
        "A legal basis of legitimate interests (Art. 6(1)(f)) names no `assessmentReference` to a legitimate-interests assessment. An activity of a public authority is not asked for one: it may not rely on legitimate interests at all, which RPR040 reports.",
        "Art. 6(1)(f) requires a three-step test (a legitimate interest, necessity, and a balancing against the data subject's rights) that the EDPB asks controllers to carry out and document before processing starts.",
        "Carry out the assessment, and add `assessmentReference` with where it is kept.")
    {
        Dutch = new(
            "Gerechtvaardigd belang zonder belangenafweging",
            "art. 6 lid 1 onder f en 13 lid 1 onder d AVG; EDPB-richtsnoeren 1/2024",
            "Een rechtsgrond van gerechtvaardigd belang (art. 6 lid 1 onder f AVG) noemt geen `assessmentReference` naar een afweging van het gerechtvaardigd belang. Een verwerking van een overheidsinstantie wordt daar niet om gevraagd: zij mag helemaal niet op gerechtvaardigd belang berusten, wat RPR040 meldt.",
            "Art. 6 lid 1 onder f AVG vraagt een toets in drie stappen (een gerechtvaardigd belang, de noodzaak van de verwerking en een afweging tegen de belangen en rechten van de betrokkene), die de EDPB verwerkingsverantwoordelijken vraagt uit te voeren en vast te leggen voordat de verwerking begint.",
            "Maak de belangenafweging en voeg `assessmentReference` toe met de plaats waar zij wordt bewaard."),
    };

    private static readonly MessageTemplate NoAssessment = new(
        "'{activity}' relies on legitimate interests without a documented balancing test; add 'assessmentReference' to the legitimate-interests assessment (Art. 6(1)(f); EDPB Guidelines 1/2024).",
        "'{activity}' berust op gerechtvaardigd belang zonder vastgelegde belangenafweging; voeg 'assessmentReference' toe met de vindplaats van de afweging (art. 6 lid 1 onder f AVG; EDPB-richtsnoeren 1/2024).");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            var bases = activities[i].LegalBases;
            for (var j = 0; j < bases.Count; j++)
            {
                // A public authority may not rely on Art. 6(1)(f) for its tasks (RPR040); asking it for a balancing
                // test would suggest that one could make the basis good.
                if (bases[j].Basis == LegalBasis.LegitimateInterests && string.IsNullOrWhiteSpace(bases[j].AssessmentReference) && !context.HasPublicAuthority(i))
                {
                    yield return new Finding(
                        $"/activities/{i}/legalBases/{j}/basis",
                        NoAssessment.With(("activity", activities[i].Name)));
                }
            }
        }
    }
}
