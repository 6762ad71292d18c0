using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Parsing;

namespace Binatic.ProcessingRegister.Rules;

/// <summary>
/// Reviews a loaded register against the GDPR rules of <see cref="RuleCatalogue"/>, as a privacy officer would:
/// each finding names the rule, the article and the place in the YAML. Findings the register accepts on purpose
/// (under <c>accepted</c>) are reported as accepted, and stale or unexplained acceptances are findings themselves.
/// </summary>
/// <remarks>
/// <para>
/// A register of more than 256 activities is reviewed 256 activities at a time, several at once on the thread pool;
/// the findings are the same, in the same order, as one at a time. The methods are safe to call from several threads.
/// </para>
/// <para>
/// To load and review in one call, with the findings of both in one ordered list, use <c>RegisterReview</c> in the
/// root namespace; this class is the review stage on its own.
/// </para>
/// <para>
/// This class reads no files. A processor's record may link a client to that controller's own record in another file
/// (<see cref="ControllerRecordLink"/>); only <c>RegisterReview</c> loads those files, and the rule that compares the
/// two records (RPR054) says nothing when the register is reviewed here on its own.
/// </para>
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

    /// <summary>Reviews a register that loaded successfully; findings point into its YAML.</summary>
    /// <param name="loaded">The result of <see cref="RegisterLoader"/>; it must have succeeded.</param>
    /// <param name="options">The clock and severity changes; <see cref="ValidationOptions.Default"/> when omitted.</param>
    /// <returns>
    /// The findings, ordered by position in the file; after 100 findings of one rule, a single finding of that rule,
    /// where the 101st would be, says how many more there are.
    /// </returns>
    /// <exception cref="ArgumentException">
    /// Loading failed, so there is no register to review; or <paramref name="options"/> changes the severity of a check
    /// made while loading (see <see cref="RuleDescriptor.SeverityCanChange"/>).
    /// </exception>
    public static IReadOnlyList<Diagnostic> Validate(LoadResult loaded, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        if (!loaded.Success)
        {
            throw new ArgumentException("Only a register that loaded successfully can be reviewed; report the load diagnostics instead.", nameof(loaded));
        }

        return Run(loaded.Register, loaded.Map, options ?? ValidationOptions.Default, null);
    }

    /// <summary>
    /// Reviews a register that loaded successfully together with the controller's records its clients link to, which
    /// the caller (<c>RegisterReview</c>) has loaded, so that the rules themselves read no files.
    /// </summary>
    /// <param name="loaded">The result of <see cref="RegisterLoader"/>; it must have succeeded.</param>
    /// <param name="options">The clock and severity changes.</param>
    /// <param name="controllerRecords">Each linked record's load result, by <see cref="ControllerRecordLink.File"/> as written.</param>
    /// <returns>The findings, in the order the public overload gives them.</returns>
    internal static IReadOnlyList<Diagnostic> Validate(LoadResult loaded, ValidationOptions options, IReadOnlyDictionary<string, LoadResult>? controllerRecords)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        if (!loaded.Success)
        {
            throw new ArgumentException("Only a register that loaded successfully can be reviewed; report the load diagnostics instead.", nameof(loaded));
        }

        return Run(loaded.Register, loaded.Map, options, controllerRecords);
    }

    /// <summary>Reviews a register built in code; findings carry JSON Pointers but no file positions.</summary>
    /// <param name="register">The register.</param>
    /// <param name="options">The clock and severity changes; <see cref="ValidationOptions.Default"/> when omitted.</param>
    /// <returns>The findings, ordered by rule.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="options"/> changes the severity of a check made while loading (see
    /// <see cref="RuleDescriptor.SeverityCanChange"/>).
    /// </exception>
    public static IReadOnlyList<Diagnostic> Validate(Register register, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        return Run(register, null, options ?? ValidationOptions.Default, null);
    }

    private static List<Diagnostic> Run(Register register, SourceMap? map, ValidationOptions options, IReadOnlyDictionary<string, LoadResult>? controllerRecords)
    {
        RejectLoadingRules(options);
        var today = DateOnly.FromDateTime(options.TimeProvider.GetUtcNow().UtcDateTime);
        var language = options.Language ?? register.Info.Language;
        var context = new RuleContext(register, today, controllerRecords);
        var acceptances = AcceptanceRules.Of(register);
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
                diagnostics.Add(acceptances.Apply(diagnostic, language));
            }
        }

        foreach (var rule in rules)
        {
            foreach (var finding in rule.CheckRegister(context))
            {
                diagnostics.Add(acceptances.Apply(Diagnose(rule.Descriptor, finding, map, options, language), language));
            }
        }

        // Without the linked records RPR054 checked nothing, so an acceptance of it is not known to be stale.
        acceptances.ReportUnexplainedAndStale(
            diagnostics,
            options,
            (rule, finding) => Diagnose(rule, finding, map, options, language),
            controllerRecords is null ? Catalogue.ClientRecordConsistencyRule.Id : null);

        return map is null
            ? [.. diagnostics.OrderBy(d => d.RuleId, StringComparer.Ordinal)]
            : FindingCap.Apply(language, [.. diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.RuleId, StringComparer.Ordinal)]);

        List<Diagnostic> CheckWindow(ActivityWindow window)
        {
            var inWindow = new List<Diagnostic>();
            foreach (var rule in rules)
            {
                foreach (var finding in rule.CheckActivities(context, window))
                {
                    inWindow.Add(Diagnose(rule.Descriptor, finding, map, options, language));
                }
            }

            return inWindow;
        }
    }

    /// <summary>
    /// Throws when <paramref name="options"/> changes a check made while loading: those have already run, at their
    /// fixed severity, when a review starts, so the option would change nothing, silently.
    /// </summary>
    internal static void RejectLoadingRules(ValidationOptions options)
    {
        if (options.SeverityOverrides.IsEmpty && options.DisabledRules.IsEmpty)
        {
            return;
        }

        foreach (var id in options.SeverityOverrides.Keys.Concat(options.DisabledRules))
        {
            if (RuleCatalogue.Find(id) is { SeverityCanChange: false })
            {
                throw new ArgumentException(
                    $"{id} is checked while loading, and its severity cannot be changed: a register that fails it cannot be read reliably. Remove it from the options.",
                    nameof(options));
            }
        }
    }

    private static Diagnostic Diagnose(RuleDescriptor rule, Finding finding, SourceMap? map, ValidationOptions options, RegisterLanguage language) => new(
        rule.Id,
        options.SeverityOverrides.TryGetValue(rule.Id, out var severity) ? severity : finding.Severity ?? rule.DefaultSeverity,
        finding.Message.OnOneLine(),
        map?.Locate(finding.Pointer) ?? SourceLocation.WholeFile(CodeBuiltRegister),
        finding.Pointer,
        language);

    // Rules quote names and other text from the register, and acceptances give reasons, which YAML lets span lines
    // (a literal or folded block); a finding is one line, wherever it is shown.
    internal static string OnOneLine(string message) => MessageText.OnOneLine(message);
}
