using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR009: the register describes no security measures, or none of its measures serves encryption or
/// pseudonymisation, restoring access after an incident, or regular testing (Art. 32(1)(a), (c), (d)).
/// </summary>
internal sealed class SecurityMeasuresRule : Rule
{
    // The Art. 32(1) aims that a measure must name among its `objectives`, and how a message names each aim.
    // Confidentiality, integrity, availability and resilience (32(1)(b)) are what almost every measure serves, so
    // they are not required separately.
    private static readonly (string Aim, SecurityObjective[] Objectives)[] RequiredAims =
    [
        ("encryption or pseudonymisation (a)", [SecurityObjective.Encryption, SecurityObjective.Pseudonymisation]),
        ("restoring access after an incident (c)", [SecurityObjective.RestoreAccess]),
        ("regular testing of the measures (d)", [SecurityObjective.RegularTesting]),
    ];

    public override RuleDescriptor Descriptor { get; } = new(
        "RPR009",
        "Security measures missing or not covering Art. 32(1)",
        DiagnosticSeverity.Warning,
        "Art. 30(1)(g), 32(1)",
        "The register has no security measures (neither `security.measures` nor any activity's `securityMeasures`), or none of the measures lists among its `objectives` encryption or pseudonymisation, restoring access (`restoreAccess`), or regular testing (`regularTesting`).",
        "Art. 30(1)(g) asks for a general description of the technical and organisational measures of Art. 32(1). Art. 32(1) names, as measures to consider, (a) pseudonymisation and encryption, (c) the ability to restore availability and access in a timely manner after an incident, and (d) a process for regularly testing and evaluating the measures. Logins, virus scanners and confidentiality duties alone say nothing about data that leaks, a server that is lost, or whether the measures still work.",
        "Describe the measures under `security.measures` and tag each with the Art. 32(1) `objectives` it serves: for example encryption in transit and at rest (`encryption`), backups with a tested restore (`restoreAccess`), and periodic penetration tests or audits (`regularTesting`). If a measure is really missing, put it in place first.");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var measures = context.Register.Security?.Measures ?? default;
        if (measures.Count == 0 && context.Register.Activities.All(activity => activity.SecurityMeasures.Count == 0))
        {
            yield return new Finding(
                "/security/measures",
                "The register describes no technical or organisational security measures; describe them under 'security.measures' (Art. 30(1)(g), 32(1)).");
            yield break;
        }

        // A bit per objective, and loops: a set of the enum and queries over it were compiled at every start of the tool.
        var served = 0L;
        foreach (var measure in measures)
        {
            foreach (var objective in measure.Objectives)
            {
                served |= 1L << (int)objective;
            }
        }

        var missing = new List<string>();
        foreach (var (aim, objectives) in RequiredAims)
        {
            var isServed = false;
            foreach (var objective in objectives)
            {
                isServed |= (served & (1L << (int)objective)) != 0;
            }

            if (!isServed)
            {
                missing.Add(aim);
            }
        }

        if (missing.Count > 0)
        {
            yield return new Finding(
                "/security/measures",
                $"No security measure serves these Art. 32(1) aims: {string.Join(", ", missing)}; add such measures, or list these 'objectives' on the measures that serve them (Art. 30(1)(g), 32(1)).");
        }
    }
}
