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
    private static readonly MessageTemplate EncryptionAim = new("encryption or pseudonymisation (a)", "versleuteling of pseudonimisering (a)");

    private static readonly MessageTemplate RestoreAim = new("restoring access after an incident (c)", "herstel van de toegang na een incident (c)");

    private static readonly MessageTemplate TestingAim = new("regular testing of the measures (d)", "regelmatig testen van de maatregelen (d)");

    // Declared after the aims' texts, which it refers to: static fields are set in the order they are written.
    private static readonly (MessageTemplate Aim, SecurityObjective[] Objectives)[] RequiredAims =
    [
        (EncryptionAim, [SecurityObjective.Encryption, SecurityObjective.Pseudonymisation]),
        (RestoreAim, [SecurityObjective.RestoreAccess]),
        (TestingAim, [SecurityObjective.RegularTesting]),
    ];

    public override RuleDescriptor Descriptor { get; } = new(
        "RPR009",
        "Security measures missing or not covering Art. 32(1)",
        DiagnosticSeverity.Warning,
        "Art. 30(1)(g), 32(1)",
        "The register has no security measures (neither `security.measures` nor any activity's `securityMeasures`), or none of the measures lists among its `objectives` encryption or pseudonymisation, restoring access (`restoreAccess`), or regular testing (`regularTesting`).",
        "Art. 30(1)(g) asks for a general description of the technical and organisational measures of Art. 32(1). Art. 32(1) names, as measures to consider, (a) pseudonymisation and encryption, (c) the ability to restore availability and access in a timely manner after an incident, and (d) a process for regularly testing and evaluating the measures. Logins, virus scanners and confidentiality duties alone say nothing about data that leaks, a server that is lost, or whether the measures still work.",
        "Describe the measures under `security.measures` and tag each with the Art. 32(1) `objectives` it serves: for example encryption in transit and at rest (`encryption`), backups with a tested restore (`restoreAccess`), and periodic penetration tests or audits (`regularTesting`). If a measure is really missing, put it in place first.")
    {
        Dutch = new(
            "Beveiligingsmaatregelen ontbreken of dekken art. 32 lid 1 AVG niet",
            "art. 30 lid 1 onder g en 32 lid 1 AVG",
            "Het register heeft geen beveiligingsmaatregelen (noch `security.measures` noch `securityMeasures` bij een verwerking), of geen van de maatregelen noemt onder zijn `objectives` versleuteling of pseudonimisering, herstel van de toegang (`restoreAccess`) of regelmatig testen (`regularTesting`).",
            "Art. 30 lid 1 onder g AVG vraagt een algemene beschrijving van de technische en organisatorische maatregelen van art. 32 lid 1 AVG. Art. 32 lid 1 AVG noemt als maatregelen om te overwegen: (a) pseudonimisering en versleuteling, (c) het vermogen om na een incident de beschikbaarheid van en de toegang tot de gegevens tijdig te herstellen, en (d) een procedure om de maatregelen regelmatig te testen en te evalueren. Inlogcodes, virusscanners en geheimhoudingsplichten alleen zeggen niets over gegevens die uitlekken, een server die verloren gaat, of de vraag of de maatregelen nog werken.",
            "Beschrijf de maatregelen onder `security.measures` en geef elk de `objectives` uit art. 32 lid 1 AVG die zij dient: bijvoorbeeld versleuteling tijdens transport en opslag (`encryption`), back-ups met een geteste terugzetprocedure (`restoreAccess`), en periodieke penetratietests of audits (`regularTesting`). Als een maatregel echt ontbreekt, neem hem dan eerst."),
    };

    private static readonly MessageTemplate NoMeasures = new(
        "The register describes no technical or organisational security measures; describe them under 'security.measures' (Art. 30(1)(g), 32(1)).",
        "Het register beschrijft geen technische of organisatorische beveiligingsmaatregelen; beschrijf ze onder 'security.measures' (art. 30 lid 1 onder g en 32 lid 1 AVG).");

    private static readonly MessageTemplate AimsNotServed = new(
        "No security measure serves these Art. 32(1) aims: {aims}; add such measures, or list these 'objectives' on the measures that serve them (Art. 30(1)(g), 32(1)).",
        "Geen beveiligingsmaatregel dient deze doelen van art. 32 lid 1 AVG: {aims}; neem zulke maatregelen, of noem deze 'objectives' bij de maatregelen die ze dienen (art. 30 lid 1 onder g en 32 lid 1 AVG).");

    // Art. 32(1) binds a processor as well; its record describes the measures under Art. 30(2)(d), not 30(1)(g).
    private static readonly MessageTemplate AimsNotServedByProcessor = new(
        "No security measure serves these Art. 32(1) aims: {aims}; add such measures, or list these 'objectives' on the measures that serve them (Art. 30(2)(d), 32(1)).",
        "Geen beveiligingsmaatregel dient deze doelen van art. 32 lid 1 AVG: {aims}; neem zulke maatregelen, of noem deze 'objectives' bij de maatregelen die ze dienen (art. 30 lid 2 onder d en 32 lid 1 AVG).");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var measures = context.Register.Security?.Measures ?? default;
        if (measures.Count == 0 && context.Register.Activities.All(activity => activity.SecurityMeasures.Count == 0))
        {
            // Art. 30(1)(g) asks the controller's record; a processor's record without measures is RPR052's.
            if (context.Register.Info.IsControllerRecord)
            {
                yield return new Finding(
                    "/security/measures",
                    NoMeasures.Text());
            }

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

        var missing = new List<MessageText>();
        foreach (var (aim, objectives) in RequiredAims)
        {
            var isServed = false;
            foreach (var objective in objectives)
            {
                isServed |= (served & (1L << (int)objective)) != 0;
            }

            if (!isServed)
            {
                missing.Add(aim.Text());
            }
        }

        if (missing.Count > 0)
        {
            yield return new Finding(
                "/security/measures",
                (context.Register.Info.IsControllerRecord ? AimsNotServed : AimsNotServedByProcessor).With(("aims", MessageText.Join(", ", missing))));
        }
    }
}
