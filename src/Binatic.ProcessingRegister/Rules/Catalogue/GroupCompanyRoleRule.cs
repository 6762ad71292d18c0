using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR034: a group company receives data without a stated role (controller, joint controller, processor) or location.</summary>
internal sealed class GroupCompanyRoleRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR034",
        "Group company without role or location",
        DiagnosticSeverity.Warning,
        "Art. 4(7)-(8), 26, 30(1)(a),(d)",
        "A recipient of kind `groupCompany` has no `role` or no `location`.",
        "There is no intra-group privilege in the GDPR: a sister company is a controller of its own (Art. 4(7)), a joint controller that needs an Art. 26 arrangement and belongs in the record under Art. 30(1)(a), or a processor that needs an Art. 28 contract (Art. 4(8)). Which one it is decides what the record and the contracts must say, and its location decides whether disclosure is a transfer (Art. 30(1)(d)).",
        "Set `role` to `controller`, `jointController` or `processor`, and add `location` with the countries where the group company processes the data.");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var recipients = context.Register.Recipients;
        for (var i = 0; i < recipients.Count; i++)
        {
            var recipient = recipients[i];
            if (recipient.Kind != RecipientKind.GroupCompany)
            {
                continue;
            }

            if (recipient.Role is null)
            {
                yield return new Finding(
                    $"/recipients/{i}/role",
                    $"Group company '{recipient.Id}' has no role; state whether it acts as controller, joint controller or processor (Art. 4(7)-(8), 26, 30(1)(a)).");
            }

            if (recipient.Location is null)
            {
                yield return new Finding(
                    $"/recipients/{i}/location",
                    $"Group company '{recipient.Id}' has no location; add the countries where it processes the data (Art. 30(1)(d)).");
            }
        }
    }
}
