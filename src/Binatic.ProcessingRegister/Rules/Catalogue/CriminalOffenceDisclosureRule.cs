using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR020: an activity with criminal-offence data discloses it to a private third party or group company.</summary>
internal sealed class CriminalOffenceDisclosureRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR020",
        "Criminal-offence data disclosed to private third parties",
        DiagnosticSeverity.Warning,
        "Art. 10; UAVG art. 33(4)(c)",
        "An activity that refers to criminal-offence data lists among its `recipients` a recipient of kind `thirdParty` or `groupCompany`. Public authorities and processors are not counted.",
        "The Dutch grounds for processing criminal-offence data for the controller's own purposes (UAVG art. 33(2)) do not cover providing it to other private parties; processing it for third parties, such as a shared warning list or blacklist, needs a permit of the Autoriteit Persoonsgegevens (UAVG art. 33(4)(c)). The AP refused such a permit for a shared fraud blacklist (VODIOM) in October 2021. A group company is a separate legal person and so a third party.",
        "Stop the disclosure, or record the permit of the Autoriteit Persoonsgegevens (or another UAVG ground that covers it) in the activity's `criminalOffenceGround`, and accept this finding with that reason. If the recipient only processes on your behalf, record it as a processor instead.");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            if (activities[i].Recipients is not { } recipients || !LawfulnessChecks.ProcessesCriminalOffenceData(context, i))
            {
                continue;
            }

            for (var k = 0; k < recipients.Count; k++)
            {
                if (context.Recipient(recipients[k]) is { } recipient && IsPrivateThirdParty(recipient))
                {
                    yield return new Finding(
                        $"/activities/{i}/recipients/{k}",
                        $"'{activities[i].Name}' discloses criminal-offence data to '{recipient.Name}', a private {(recipient.Kind == RecipientKind.GroupCompany ? "group company" : "third party")}; in the Netherlands that needs a permit of the Autoriteit Persoonsgegevens (Art. 10; UAVG art. 33(4)(c)).");
                }
            }
        }
    }

    private static bool IsPrivateThirdParty(Recipient recipient) =>
        recipient.Kind is RecipientKind.ThirdParty or RecipientKind.GroupCompany && recipient.Role != RecipientRole.Processor;
}
