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
        "Add `consentRecord` saying where the proof of consent is kept (for example the form and the log of who consented when), and `withdrawal` saying how consent is withdrawn, or state it once for the register under `dataSubjectRights.consentWithdrawal`.");

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
                (false, false) => $"'{activity.Name}' relies on consent without a record of it or a way to withdraw it; add 'consentRecord' and 'withdrawal' (Art. 7(1), 7(3)).",
                (false, true) => $"'{activity.Name}' relies on consent without saying where the proof of consent is kept; add 'consentRecord' (Art. 7(1)).",
                (true, false) => $"'{activity.Name}' relies on consent without a way to withdraw it; add 'withdrawal', or 'consentWithdrawal' under 'dataSubjectRights' (Art. 7(3)).",
                _ => null,
            };

            if (message is not null)
            {
                yield return new Finding($"{pointer}/basis", message);
            }
        }
    }
}
