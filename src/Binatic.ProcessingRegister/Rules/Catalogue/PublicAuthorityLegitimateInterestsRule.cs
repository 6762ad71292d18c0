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
        "Rely on the public task (`publicTask`) or the legal obligation (`legalObligation`) that applies, with the `law` that lays it down, or on another basis such as the contract with the data subject. If the processing really lies outside the authority's tasks, accept this finding with that reason.")
    {
        Dutch = new(
            "Gerechtvaardigd belang gebruikt door een overheidsinstantie",
            "art. 6 lid 1 tweede alinea, 6 lid 1 onder e en 6 lid 3 AVG; overweging 47 AVG",
            "Een verwerking waarvan de verwerkingsverantwoordelijke, of een van de verwerkingsverantwoordelijken, `publicAuthority: true` heeft, heeft een rechtsgrond van gerechtvaardigd belang (art. 6 lid 1 onder f AVG).",
            "Volgens art. 6 lid 1, tweede alinea, AVG geldt punt f niet voor de verwerking door overheidsinstanties in het kader van de uitoefening van hun taken: overweging 47 AVG legt uit dat het aan de wetgever is om de rechtsgrond te bepalen op basis waarvan overheidsinstanties persoonsgegevens mogen verwerken. De verwerkingen van een overheidsorgaan berusten op een taak of verplichting die bij wet is vastgesteld (art. 6 lid 1 onder e of c en 6 lid 3 AVG); geen belangenafweging kan die wet vervangen.",
            "Baseer de verwerking op de taak van algemeen belang (`publicTask`) of de wettelijke verplichting (`legalObligation`) die van toepassing is, met de `law` die haar vaststelt, of op een andere rechtsgrond zoals de overeenkomst met de betrokkene. Valt de verwerking echt buiten de taken van de overheidsinstantie, accepteer deze bevinding dan met die reden."),
    };

    private static readonly MessageTemplate RelyOnTask = new(
        "'{activity}' relies on legitimate interests, but {authorities}; rely on the public task or legal obligation with the law that lays it down (Art. 6(1) second subparagraph; Recital 47).",
        "'{activity}' berust op gerechtvaardigd belang, maar {authorities}; baseer de verwerking op de taak van algemeen belang of de wettelijke verplichting, met de wet die haar vaststelt (art. 6 lid 1 tweede alinea AVG; overweging 47 AVG).");

    private static readonly MessageTemplate OneAuthority = new(
        "{name} is a public authority, which may not rely on Art. 6(1)(f) in the performance of its tasks",
        "{name} is een overheidsinstantie, die zich bij de uitoefening van haar taken niet op art. 6 lid 1 onder f AVG mag baseren");

    private static readonly MessageTemplate SeveralAuthorities = new(
        "{names} are public authorities, which may not rely on Art. 6(1)(f) in the performance of their tasks",
        "{names} zijn overheidsinstanties, die zich bij de uitoefening van hun taken niet op art. 6 lid 1 onder f AVG mogen baseren");

    private static readonly MessageTemplate And = new(
        "{first} and {second}",
        "{first} en {second}");

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
                        RelyOnTask.With(("activity", activities[i].Name), ("authorities", PublicAuthorities(context, i))));
                }
            }
        }
    }

    private static MessageText PublicAuthorities(RuleContext context, int activity)
    {
        var names = context.ControllersOf(activity).Where(c => c.IsPublicAuthority).Select(c => $"'{c.Contact.Name}'").ToList();
        if (names.Count == 1)
        {
            return OneAuthority.With(("name", names[0]));
        }

        // The names as written, joined by "and" in the message's language: "'A' and 'B' and 'C'".
        var joined = names.Skip(1).Aggregate<string, object>(
            names.Count > 0 ? names[0] : string.Empty,
            (first, next) => And.With(("first", first), ("second", next)));
        return SeveralAuthorities.With(("names", joined));
    }
}
