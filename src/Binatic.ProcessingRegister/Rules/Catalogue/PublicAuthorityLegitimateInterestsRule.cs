using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR040: an activity of a public authority relies on legitimate interests (Art. 6(1)(f)), which the second
/// subparagraph of Art. 6(1) rules out for processing in the performance of its tasks.
/// </summary>
internal sealed class PublicAuthorityLegitimateInterestsRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR040",
        "Legitimate interests relied on by a public authority",
        DiagnosticSeverity.Error,
        "Art. 6(1) second subparagraph, 6(1)(e), 6(3); Recital 47",
        "An activity whose controller, or one of whose controllers, is marked `publicAuthority: true` has a legal basis of legitimate interests (Art. 6(1)(f)).",
        "Art. 6(1), second subparagraph, says that point (f) does not apply to processing carried out by public authorities in the performance of their tasks: Recital 47 explains that it is for the legislator to provide by law the legal basis for public authorities to process personal data. A public body's processing rests on a task or obligation laid down by law (Art. 6(1)(e) or (c), 6(3)); no balancing test can replace that law.",
        "Rely on the public task (`publicTask`) or the legal obligation (`legalObligation`) that applies, with the `law` that lays it down, or on another basis such as the contract with the data subject. If the processing really lies outside the authority's tasks, accept this finding with that reason.");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            var bases = activities[i].LegalBases;
            for (var j = 0; j < bases.Count; j++)
            {
                if (bases[j].Basis == LegalBasis.LegitimateInterests && context.HasPublicAuthority(i))
                {
                    yield return new Finding(
                        $"/activities/{i}/legalBases/{j}/basis",
                        $"'{activities[i].Name}' relies on legitimate interests, but {PublicAuthorities(context, i)}; rely on the public task or legal obligation with the law that lays it down (Art. 6(1) second subparagraph; Recital 47).");
                }
            }
        }
    }

    private static string PublicAuthorities(RuleContext context, int activity)
    {
        var names = context.ControllersOf(activity).Where(c => c.IsPublicAuthority).Select(c => $"'{c.Contact.Name}'").ToList();
        return names.Count == 1
            ? $"{names[0]} is a public authority, which may not rely on Art. 6(1)(f) in the performance of its tasks"
            : $"{string.Join(" and ", names)} are public authorities, which may not rely on Art. 6(1)(f) in the performance of their tasks";
    }
}
