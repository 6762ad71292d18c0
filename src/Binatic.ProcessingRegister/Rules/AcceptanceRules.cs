using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules;

/// <summary>The rules about accepted findings themselves, applied by <see cref="RegisterValidator"/> after all other rules.</summary>
internal static class AcceptanceRules
{
    public static readonly RuleDescriptor WithoutReason = new(
        "RPR090",
        "Accepted finding without a reason",
        DiagnosticSeverity.Warning,
        "Art. 5(2)",
        "An entry under `accepted` gives no `reason`.",
        "Accountability (Art. 5(2)) means being able to show why a known gap is acceptable; an acceptance without a reason shows only that a warning was silenced.",
        "Add a `reason` that a reviewer or a supervisory authority can follow, or remove the acceptance and fix the finding.");

    public static readonly RuleDescriptor NoLongerFires = new(
        "RPR091",
        "Accepted finding that no longer occurs",
        DiagnosticSeverity.Warning,
        "Art. 5(2)",
        "An entry under `accepted` names a rule that finds nothing at that place any more, or no rule at all.",
        "Stale acceptances hide future findings of the same rule and make the register harder to review.",
        "Remove the acceptance.");

    public static IEnumerable<RuleDescriptor> Descriptors => [WithoutReason, NoLongerFires];
}
