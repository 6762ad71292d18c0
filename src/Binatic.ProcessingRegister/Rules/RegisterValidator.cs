using System.Buffers;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Parsing;
using Binatic.ProcessingRegister.Rules;

namespace Binatic.ProcessingRegister.Rules;

/// <summary>
/// Reviews a loaded register against the GDPR rules of <see cref="RuleCatalogue"/>, as a privacy officer would:
/// each finding names the rule, the article and the place in the YAML. Findings the register accepts on purpose
/// (under <c>accepted</c>) are reported as accepted, and stale or unexplained acceptances are findings themselves.
/// </summary>
/// <remarks>
/// A register of more than 256 activities is reviewed 256 activities at a time, several at once on the thread pool;
/// the findings are the same, in the same order, as one at a time. The methods are safe to call from several threads.
/// </remarks>
/// <example>
/// <code>
/// var loaded = RegisterLoader.LoadFile("registers/binatic.yaml");
/// var findings = loaded.Success ? RegisterValidator.Validate(loaded) : loaded.Diagnostics;
/// </code>
/// </example>
public static class RegisterValidator
{
    private const string CodeBuiltRegister = "register";

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\u0085\u2028\u2029");

    /// <summary>Reviews a register that loaded successfully; findings point into its YAML.</summary>
    /// <param name="loaded">The result of <see cref="RegisterLoader"/>; it must have succeeded.</param>
    /// <param name="options">The clock and severity changes; <see cref="ValidationOptions.Default"/> when omitted.</param>
    /// <returns>
    /// The findings, ordered by position in the file; after 100 findings of one rule, a single finding of that rule,
    /// where the 101st would be, says how many more there are.
    /// </returns>
    /// <exception cref="ArgumentException">Loading failed, so there is no register to review.</exception>
    public static IReadOnlyList<Diagnostic> Validate(LoadResult loaded, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        if (!loaded.Success)
        {
            throw new ArgumentException("Only a register that loaded successfully can be reviewed; report the load diagnostics instead.", nameof(loaded));
        }

        return Run(loaded.Register, loaded.Map, options ?? ValidationOptions.Default);
    }

    /// <summary>Reviews a register built in code; findings carry JSON Pointers but no file positions.</summary>
    /// <param name="register">The register.</param>
    /// <param name="options">The clock and severity changes; <see cref="ValidationOptions.Default"/> when omitted.</param>
    /// <returns>The findings, ordered by rule.</returns>
    public static IReadOnlyList<Diagnostic> Validate(Register register, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        return Run(register, null, options ?? ValidationOptions.Default);
    }

    private static List<Diagnostic> Run(Register register, SourceMap? map, ValidationOptions options)
    {
        var today = DateOnly.FromDateTime(options.TimeProvider.GetUtcNow().UtcDateTime);
        var context = new RuleContext(register, today);
        var acceptances = Acceptances(register);
        var acceptancesByRule = AcceptanceIndex.Of(acceptances);
        var diagnostics = new List<Diagnostic>();

        var rules = RuleCatalogue.Rules.Where(rule => !options.DisabledRules.Contains(rule.Descriptor.Id)).ToList();

        // Every rule checks one window of activities before any rule checks the next, so that a window is read while
        // it is still in the processor's cache (see Rule). Each rule's findings still come activity by activity and
        // then the register's own, so the stable sorts below give the same order as one pass per rule did.
        // Windows share nothing a rule writes, so from two windows up they are checked on the thread pool, each into
        // its own list; the lists are reported in window order, which keeps the output the same.
        var windows = ActivityWindow.Covering(register.Activities.Count);
        var found = new List<Diagnostic>[windows.Length];
        if (windows.Length > 1)
        {
            Parallel.For(0, windows.Length, w => found[w] = CheckWindow(windows[w]));
        }
        else if (windows.Length == 1)
        {
            found[0] = CheckWindow(windows[0]);
        }

        foreach (var window in found)
        {
            foreach (var diagnostic in window)
            {
                Report(diagnostic);
            }
        }

        foreach (var rule in rules)
        {
            foreach (var finding in rule.CheckRegister(context))
            {
                Report(Diagnose(rule.Descriptor, finding, map, options));
            }
        }

        foreach (var acceptance in acceptances)
        {
            if (acceptance.Entry.Reason is null && !options.DisabledRules.Contains(AcceptanceRules.WithoutReason.Id))
            {
                diagnostics.Add(Diagnose(
                    AcceptanceRules.WithoutReason,
                    new Finding(acceptance.Pointer, $"The acceptance of {acceptance.Entry.Rule} gives no reason; add a 'reason' that a reviewer can follow."),
                    map,
                    options));
            }

            if (!acceptance.Used && !options.DisabledRules.Contains(AcceptanceRules.NoLongerFires.Id))
            {
                var message = RuleCatalogue.Find(acceptance.Entry.Rule) is null
                    ? $"There is no rule {acceptance.Entry.Rule}; remove this acceptance or correct the rule id."
                    : $"{acceptance.Entry.Rule} finds nothing here any more; remove this acceptance so it cannot hide a future finding.";
                diagnostics.Add(Diagnose(AcceptanceRules.NoLongerFires, new Finding(acceptance.Pointer + "/rule", message), map, options));
            }
        }

        return map is null
            ? [.. diagnostics.OrderBy(d => d.RuleId, StringComparer.Ordinal)]
            : FindingCap.Apply([.. diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.RuleId, StringComparer.Ordinal)]);

        List<Diagnostic> CheckWindow(ActivityWindow window)
        {
            var inWindow = new List<Diagnostic>();
            foreach (var rule in rules)
            {
                foreach (var finding in rule.CheckActivities(context, window))
                {
                    inWindow.Add(Diagnose(rule.Descriptor, finding, map, options));
                }
            }

            return inWindow;
        }

        // Acceptances are marked here, on one thread and in the order of the findings.
        void Report(Diagnostic diagnostic)
        {
            var acceptance = acceptancesByRule.Covering(diagnostic.RuleId, diagnostic.JsonPointer);
            acceptance?.MarkUsed();
            diagnostics.Add(acceptance is null ? diagnostic : diagnostic with { AcceptedReason = OnOneLine(acceptance.Entry.Reason ?? "no reason given") });
        }
    }

    private static Diagnostic Diagnose(RuleDescriptor rule, Finding finding, SourceMap? map, ValidationOptions options) => new(
        rule.Id,
        options.SeverityOverrides.TryGetValue(rule.Id, out var severity) ? severity : finding.Severity ?? rule.DefaultSeverity,
        OnOneLine(finding.Message),
        map?.Locate(finding.Pointer) ?? SourceLocation.WholeFile(CodeBuiltRegister),
        finding.Pointer);

    // Rules quote names and other text from the register, and acceptances give reasons, which YAML lets span lines
    // (a literal or folded block); a finding is one line, wherever it is shown.
    private static string OnOneLine(string message) =>
        message.AsSpan().IndexOfAny(LineBreaks) < 0
            ? message
            : string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static List<AcceptanceScope> Acceptances(Register register)
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

        return scopes;
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
