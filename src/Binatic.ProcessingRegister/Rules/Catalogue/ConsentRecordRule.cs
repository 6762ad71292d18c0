using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR015: consent (Art. 6(1)(a)) is relied on without a record of it or a way to withdraw it.</summary>
internal sealed class ConsentRecordRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR015",
        "Consent without a consent record and a withdrawal mechanism",
        DiagnosticSeverity.Error,
        "Art. 7(1), 7(3)",
        "A legal basis of consent (Art. 6(1)(a)) names no `consentRecord`, or there is no way to withdraw consent: neither `withdrawal` on the basis nor `dataSubjectRights.consentWithdrawal` for the whole register.",
        "Where processing rests on consent, the controller must be able to demonstrate that the data subject consented (Art. 7(1)), and withdrawing consent must be possible at any time and as easy as giving it (Art. 7(3)); consent that cannot be proven or withdrawn is not a valid basis.",
        "Add `consentRecord` saying where the proof of consent is kept (for example the form and the log of who consented when), and `withdrawal` saying how consent is withdrawn, or state it once for the register under `dataSubjectRights.consentWithdrawal`.")
    {
        Dutch = new(
            "Toestemming zonder vastlegging en zonder mogelijkheid tot intrekken",
            "art. 7 lid 1 en 7 lid 3 AVG",
            "Een rechtsgrond toestemming (art. 6 lid 1 onder a AVG) noemt geen `consentRecord`, of er is geen manier om de toestemming in te trekken: noch `withdrawal` bij de grondslag, noch `dataSubjectRights.consentWithdrawal` voor het hele register.",
            "Als een verwerking op toestemming berust, moet de verwerkingsverantwoordelijke kunnen aantonen dat de betrokkene toestemming heeft gegeven (art. 7 lid 1 AVG), en moet de betrokkene zijn toestemming op elk moment kunnen intrekken, even eenvoudig als hij haar gaf (art. 7 lid 3 AVG); toestemming die niet aan te tonen of in te trekken is, is geen geldige grondslag.",
            "Voeg `consentRecord` toe met waar het bewijs van de toestemming wordt bewaard (bijvoorbeeld het formulier en het logboek van wie wanneer toestemming gaf), en `withdrawal` met hoe de toestemming wordt ingetrokken, of vermeld dat eenmaal voor het hele register onder `dataSubjectRights.consentWithdrawal`."),
    };

    private static readonly MessageTemplate Neither = new(
        "'{activity}' relies on consent without a record of it or a way to withdraw it; add 'consentRecord' and 'withdrawal' (Art. 7(1), 7(3)).",
        "'{activity}' berust op toestemming zonder vastlegging ervan en zonder manier om haar in te trekken; voeg 'consentRecord' en 'withdrawal' toe (art. 7 lid 1 en 7 lid 3 AVG).");

    private static readonly MessageTemplate NoRecord = new(
        "'{activity}' relies on consent without saying where the proof of consent is kept; add 'consentRecord' (Art. 7(1)).",
        "'{activity}' berust op toestemming zonder te zeggen waar het bewijs van de toestemming wordt bewaard; voeg 'consentRecord' toe (art. 7 lid 1 AVG).");

    private static readonly MessageTemplate NoWithdrawal = new(
        "'{activity}' relies on consent without a way to withdraw it; add 'withdrawal', or 'consentWithdrawal' under 'dataSubjectRights' (Art. 7(3)).",
        "'{activity}' berust op toestemming zonder manier om haar in te trekken; voeg 'withdrawal' toe, of 'consentWithdrawal' onder 'dataSubjectRights' (art. 7 lid 3 AVG).");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var registerWideWithdrawal = !string.IsNullOrWhiteSpace(context.Register.DataSubjectRights?.ConsentWithdrawal);
        foreach (var (activity, ground, pointer) in LawfulnessChecks.LegalBases(context.Register, window))
        {
            if (ground.Basis != LegalBasis.Consent)
            {
                continue;
            }

            var hasRecord = !string.IsNullOrWhiteSpace(ground.ConsentRecord);
            var hasWithdrawal = registerWideWithdrawal || !string.IsNullOrWhiteSpace(ground.Withdrawal);
            var message = (hasRecord, hasWithdrawal) switch
            {
                (false, false) => Neither.With(("activity", activity.Name)),
                (false, true) => NoRecord.With(("activity", activity.Name)),
                (true, false) => NoWithdrawal.With(("activity", activity.Name)),
                _ => null,
            };

            if (message is not null)
            {
                yield return new Finding($"{pointer}/basis", message);
            }
        }
    }
}
