using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules;

/// <summary>
/// The register's acceptances during one review: which finding each one covers, and the rules about acceptances
/// themselves (RPR090, RPR091), which <see cref="RegisterValidator"/> applies after all other rules.
/// </summary>
internal sealed class AcceptanceRules
{
    public static readonly RuleDescriptor WithoutReason = new(
        "RPR090",
        "Accepted finding without a reason",
        DiagnosticSeverity.Warning,
        "Art. 5(2)",
        "An entry under `accepted` gives no `reason`.",
        "Accountability (Art. 5(2)) means being able to show why a known gap is acceptable; an acceptance without a reason shows only that a warning was silenced.",
        "Add a `reason` that a reviewer or a supervisory authority can follow, or remove the acceptance and fix the finding.")
    {
        Dutch = new(
            "Geaccepteerde bevinding zonder reden",
            "art. 5 lid 2 AVG",
            "Een item onder `accepted` geeft geen `reason`.",
            "De verantwoordingsplicht (art. 5 lid 2 AVG) vraagt te kunnen aantonen waarom een bekende tekortkoming aanvaardbaar is; een acceptatie zonder reden laat alleen zien dat een waarschuwing is stilgezet.",
            "Voeg een `reason` toe die een beoordelaar of een toezichthoudende autoriteit kan volgen, of verwijder de acceptatie en los de bevinding op."),
    };

    public static readonly RuleDescriptor NoLongerFires = new(
        "RPR091",
        "Accepted finding that no longer occurs",
        DiagnosticSeverity.Warning,
        "Art. 5(2)",
        "An entry under `accepted` names a rule that finds nothing at that place any more, or no rule at all.",
        "Stale acceptances hide future findings of the same rule and make the register harder to review.",
        "Remove the acceptance.")
    {
        Dutch = new(
            "Geaccepteerde bevinding die niet meer voorkomt",
            "art. 5 lid 2 AVG",
            "Een item onder `accepted` noemt een regel die op die plaats niets meer vindt, of helemaal geen regel.",
            "Verouderde acceptaties verbergen toekomstige bevindingen van dezelfde regel en maken het register moeilijker te beoordelen.",
            "Verwijder de acceptatie."),
    };

    private static readonly MessageTemplate NoReason = new(
        "The acceptance of {rule} gives no reason; add a 'reason' that a reviewer can follow.",
        "De acceptatie van {rule} geeft geen reden; voeg een 'reason' toe die een beoordelaar kan volgen.");

    private static readonly MessageTemplate NoSuchRule = new(
        "There is no rule {rule}; remove this acceptance or correct the rule id.",
        "Er is geen regel {rule}; verwijder deze acceptatie of verbeter het id van de regel.");

    private static readonly MessageTemplate FindsNothing = new(
        "{rule} finds nothing here any more; remove this acceptance so it cannot hide a future finding.",
        "{rule} vindt hier niets meer; verwijder deze acceptatie, zodat zij geen toekomstige bevinding kan verbergen.");

    private static readonly MessageTemplate NoReasonGiven = new("no reason given", "geen reden gegeven");

    private readonly List<AcceptanceScope> _acceptances;
    private readonly AcceptanceIndex _byRule;

    private AcceptanceRules(List<AcceptanceScope> acceptances)
    {
        _acceptances = acceptances;
        _byRule = AcceptanceIndex.Of(acceptances);
    }

    public static IEnumerable<RuleDescriptor> Descriptors => [WithoutReason, NoLongerFires];

    /// <summary>Gets the acceptances of <paramref name="register"/>, none of them used yet.</summary>
    public static AcceptanceRules Of(Register register)
    {
        var scopes = new List<AcceptanceScope>();
        for (var i = 0; i < register.Activities.Count; i++)
        {
            var accepted = register.Activities[i].Accepted;
            for (var j = 0; j < accepted.Count; j++)
            {
                scopes.Add(new AcceptanceScope(accepted[j], $"/activities/{i}/accepted/{j}", $"/activities/{i}"));
            }
        }

        // Register-wide acceptances come last, so that an activity's own acceptance is the one marked as used.
        for (var j = 0; j < register.Accepted.Count; j++)
        {
            scopes.Add(new AcceptanceScope(register.Accepted[j], $"/accepted/{j}", string.Empty));
        }

        return new AcceptanceRules(scopes);
    }

    /// <summary>
    /// Gets <paramref name="diagnostic"/> as reported: accepted, with the reason on one line, when an acceptance
    /// covers it, which then counts as used. Called on one thread, in the order of the findings, so that the same
    /// acceptance is marked used whatever the number of threads that found them.
    /// </summary>
    public Diagnostic Apply(Diagnostic diagnostic, RegisterLanguage language)
    {
        var acceptance = _byRule.Covering(diagnostic.RuleId, diagnostic.JsonPointer);
        if (acceptance is null)
        {
            return diagnostic;
        }

        acceptance.MarkUsed();
        return diagnostic with { AcceptedReason = RegisterValidator.OnOneLine(acceptance.Entry.Reason ?? NoReasonGiven.Text().In(language)) };
    }

    /// <summary>
    /// Adds to <paramref name="diagnostics"/> a finding for every acceptance without a reason and every one that
    /// covered no finding; called once every other finding has been through <see cref="Apply"/>.
    /// </summary>
    /// <param name="diagnostics">The findings so far, to which these are added.</param>
    /// <param name="options">The options of the review, whose switched-off rules report nothing.</param>
    /// <param name="diagnose">Makes a finding of these rules a diagnostic.</param>
    /// <param name="notChecked">
    /// The id of a rule that could not check this register, whose acceptances are not stale for covering nothing: the
    /// rule that compares linked records, when the review was given none to compare; <see langword="null"/> for none.
    /// </param>
    public void ReportUnexplainedAndStale(List<Diagnostic> diagnostics, ValidationOptions options, Func<RuleDescriptor, Finding, Diagnostic> diagnose, string? notChecked = null)
    {
        foreach (var acceptance in _acceptances)
        {
            if (acceptance.Entry.Reason is null && !options.DisabledRules.Contains(WithoutReason.Id))
            {
                diagnostics.Add(diagnose(
                    WithoutReason,
                    new Finding(acceptance.Pointer, NoReason.With(("rule", acceptance.Entry.Rule)))));
            }

            if (!acceptance.Used && !options.DisabledRules.Contains(NoLongerFires.Id) && !string.Equals(acceptance.Entry.Rule, notChecked, StringComparison.Ordinal))
            {
                var message = RuleCatalogue.Find(acceptance.Entry.Rule) is null
                    ? NoSuchRule.With(("rule", acceptance.Entry.Rule))
                    : FindsNothing.With(("rule", acceptance.Entry.Rule));
                diagnostics.Add(diagnose(NoLongerFires, new Finding(acceptance.Pointer + "/rule", message)));
            }
        }
    }

    private sealed class AcceptanceScope(Acceptance entry, string pointer, string scope)
    {
        public Acceptance Entry { get; } = entry;

        public string Pointer { get; } = pointer;

        /// <summary>Gets the pointer of what the acceptance covers: the value there and all below it; empty for all.</summary>
        public string Scope { get; } = scope;

        public bool Used { get; private set; }

        public void MarkUsed() => Used = true;
    }

    /// <summary>
    /// Finds the acceptance that covers a finding: the first one, in the register's order, for the finding's rule
    /// whose scope is the finding's pointer or one of its ancestors. A finding has only as many ancestors as its
    /// pointer has segments, so each costs a few lookups however many acceptances the register has.
    /// </summary>
    private sealed class AcceptanceIndex
    {
        private readonly Dictionary<string, Dictionary<string, (AcceptanceScope Acceptance, int Order)>> _byRuleAndScope = new(StringComparer.Ordinal);

        public static AcceptanceIndex Of(List<AcceptanceScope> acceptances)
        {
            var index = new AcceptanceIndex();
            for (var order = 0; order < acceptances.Count; order++)
            {
                var acceptance = acceptances[order];
                if (!index._byRuleAndScope.TryGetValue(acceptance.Entry.Rule, out var byScope))
                {
                    byScope = new Dictionary<string, (AcceptanceScope, int)>(StringComparer.Ordinal);
                    index._byRuleAndScope.Add(acceptance.Entry.Rule, byScope);
                }

                byScope.TryAdd(acceptance.Scope, (acceptance, order));
            }

            return index;
        }

        public AcceptanceScope? Covering(string rule, string findingPointer)
        {
            if (!_byRuleAndScope.TryGetValue(rule, out var byScope))
            {
                return null;
            }

            var lookup = byScope.GetAlternateLookup<ReadOnlySpan<char>>();
            var pointer = findingPointer.AsSpan();
            (AcceptanceScope Acceptance, int Order)? best = null;
            Consider(pointer);
            for (var slash = pointer.LastIndexOf('/'); slash >= 0; slash = pointer[..slash].LastIndexOf('/'))
            {
                Consider(pointer[..slash]);
            }

            Consider([]);
            return best?.Acceptance;

            void Consider(ReadOnlySpan<char> scope)
            {
                if (lookup.TryGetValue(scope, out var candidate) && (best is null || candidate.Order < best.Value.Order))
                {
                    best = candidate;
                }
            }
        }
    }
}
