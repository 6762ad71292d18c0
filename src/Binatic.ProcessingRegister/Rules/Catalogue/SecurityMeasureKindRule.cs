using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR058: a security measure does not say whether it is technical or organisational.</summary>
internal sealed class SecurityMeasureKindRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR058",
        "Kind of security measure not stated",
        DiagnosticSeverity.Info,
        "Art. 30(1)(g), 32(1)",
        "A security measure has no `kind`: the register does not say whether it is technical or organisational.",
        "Art. 30(1)(g) asks for a general description of the technical and organisational security measures of Art. 32(1), and a supervisory authority reads the record for both. Knowing which is which shows at a glance whether one of the two is missing.",
        "Set `kind` to `technical` or `organisational`.")
    {
        Dutch = new(
            "Soort beveiligingsmaatregel niet vermeld",
            "art. 30 lid 1 onder g en 32 lid 1 AVG",
            "Een beveiligingsmaatregel heeft geen `kind`: het register zegt niet of hij technisch of organisatorisch is.",
            "Art. 30 lid 1 onder g AVG vraagt een algemene beschrijving van de technische en organisatorische beveiligingsmaatregelen van art. 32 lid 1 AVG, en een toezichthouder leest het register op beide. Wie weet welke maatregel welke is, ziet in één oogopslag of een van de twee ontbreekt.",
            "Zet `kind` op `technical` of `organisational`."),
    };

    private static readonly MessageTemplate NotStated = new(
        "Security measure '{measure}' does not say whether it is technical or organisational; set 'kind' (Art. 30(1)(g), 32(1)).",
        "Beveiligingsmaatregel '{measure}' zegt niet of hij technisch of organisatorisch is; vul 'kind' in (art. 30 lid 1 onder g en 32 lid 1 AVG).");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        if (context.Register.Security is not { } security)
        {
            yield break;
        }

        for (var i = 0; i < security.Measures.Count; i++)
        {
            if (security.Measures[i].Kind is null)
            {
                yield return new Finding($"/security/measures/{i}/kind", NotStated.With(("measure", security.Measures[i].Id)));
            }
        }
    }
}
