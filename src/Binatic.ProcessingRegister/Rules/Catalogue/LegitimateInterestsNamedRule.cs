using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR056: a legal basis of legitimate interests does not say which interests are pursued.</summary>
internal sealed class LegitimateInterestsNamedRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR056",
        "Legitimate interests not named",
        DiagnosticSeverity.Warning,
        "Art. 6(1)(f), 13(1)(d), 14(2)(b)",
        "A legal basis of legitimate interests (Art. 6(1)(f)) has no `interests`, or only blank ones.",
        "Where processing rests on legitimate interests, the controller must tell the data subject which interests it pursues (Art. 13(1)(d), 14(2)(b)), and the balancing test weighs exactly those interests. A register that does not name them can neither produce the notice nor show what was weighed.",
        "Add `interests` with the interests pursued, as the privacy notice words them.")
    {
        Dutch = new(
            "Gerechtvaardigd belang niet genoemd",
            "art. 6 lid 1 onder f, 13 lid 1 onder d en 14 lid 2 onder b AVG",
            "Een rechtsgrond van gerechtvaardigd belang (art. 6 lid 1 onder f AVG) heeft geen `interests`, of alleen lege.",
            "Wie op gerechtvaardigd belang verwerkt, moet de betrokkene vertellen welke belangen hij nastreeft (art. 13 lid 1 onder d en 14 lid 2 onder b AVG), en de belangenafweging weegt precies die belangen. Een register dat ze niet noemt, kan de privacyverklaring niet voeden en niet laten zien wat is afgewogen.",
            "Voeg `interests` toe met de nagestreefde belangen, zoals de privacyverklaring ze verwoordt."),
    };

    private static readonly MessageTemplate NotNamed = new(
        "'{activity}' relies on legitimate interests without naming them; add 'interests' with the interests pursued (Art. 6(1)(f), 13(1)(d)).",
        "'{activity}' berust op gerechtvaardigd belang zonder dat belang te noemen; voeg 'interests' toe met de nagestreefde belangen (art. 6 lid 1 onder f en 13 lid 1 onder d AVG).");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            var bases = activities[i].LegalBases;
            for (var j = 0; j < bases.Count; j++)
            {
                if (bases[j].Basis == LegalBasis.LegitimateInterests && Texts.AllBlank(bases[j].Interests))
                {
                    yield return new Finding(
                        $"/activities/{i}/legalBases/{j}/interests",
                        NotNamed.With(("activity", activities[i].Name)));
                }
            }
        }
    }
}
