using System.Runtime.CompilerServices;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Parsing;
using Binatic.ProcessingRegister.Schema.Shortcut;
using NJsonSchema.Validation;
using NJsonSchema;

namespace Binatic.ProcessingRegister.Schema;

/// <summary>
/// Checks a register's document tree against the embedded schema and reports each problem at the YAML line and column
/// the user wrote, with a message that says how to fix it.
/// </summary>
/// <remarks>
/// NJsonSchema is the validator of record, but a register the schema shortcut (<see cref="Shortcut"/>) finds valid
/// never reaches it. What the shortcut promises, and what to do when the schema gains a keyword, is in
/// docs/schema-shortcut.md.
/// </remarks>
internal static class SchemaValidator
{
    // The shape of the schema, read from its text once per process. It needs none of NJsonSchema's reflection-heavy
    // schema loading, which costs more than the rest of validating a small register.
    private static readonly Lazy<SchemaShape> Shape =
        new(() => SchemaShape.Read(RegisterSchema.Text), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Validates a register against the schema.</summary>
    /// <param name="map">The map of the register as the YAML reader read it, whole and free of errors.</param>
    /// <returns>The findings, one per problem, in the order they appear in the file.</returns>
    public static IReadOnlyList<Diagnostic> Validate(SourceMap map) =>
        IsCertainlyValid(map) ? [] : ValidateWithNJsonSchema(map);

    /// <summary>Validates a register against the schema, loading NJsonSchema only if the register may have problems.</summary>
    /// <param name="map">The map of the register as the YAML reader read it, whole and free of errors.</param>
    /// <param name="loadValidator">Gives the validator for the embedded schema; not called for a register that is certainly valid.</param>
    /// <returns>The findings, one per problem, in the order they appear in the file.</returns>
    internal static IReadOnlyList<Diagnostic> Validate(SourceMap map, Func<ShortcutSchemaValidator> loadValidator)
    {
        ArgumentNullException.ThrowIfNull(loadValidator);
        return IsCertainlyValid(map) ? [] : ValidateWithNJsonSchema(map, loadValidator());
    }

    /// <summary>
    /// Tells whether the root's shape finds the register valid, in which case so would NJsonSchema, which would report
    /// nothing. Only otherwise are Newtonsoft.Json tokens made from the tree (<see cref="TokenTree"/>), and NJsonSchema
    /// loaded.
    /// </summary>
    private static bool IsCertainlyValid(SourceMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (!map.IsComplete)
        {
            throw new ArgumentException("Only a document read whole and free of errors can be validated.", nameof(map));
        }

        return Shape.Value.Check(map.Tree!.Root) == Verdict.Valid;
    }

    // Methods of their own, never inlined, so that the code that decides a valid register names no NJsonSchema type, not
    // even the validator's: compiling that code would load NJsonSchema's and Newtonsoft.Json's assemblies.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IReadOnlyList<Diagnostic> ValidateWithNJsonSchema(SourceMap map) => ValidateWithNJsonSchema(map, NJsonSchemaValidator.Instance);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IReadOnlyList<Diagnostic> ValidateWithNJsonSchema(SourceMap map, ShortcutSchemaValidator validator)
    {
        var tokens = TokenTree.Of(map);
        return Describe(validator.Validate(tokens.Root, RegisterSchema.Schema), tokens);
    }

    /// <summary>Turns NJsonSchema's errors for a register into findings.</summary>
    /// <param name="errors">The errors of validating the root of <paramref name="tokens"/> against the register schema.</param>
    /// <param name="tokens">The register, as the YAML reader built it, and where each of its tokens was written.</param>
    /// <returns>
    /// The findings, one per problem, in the order they appear in the file; after <see cref="FindingCap.PerRule"/>
    /// findings of one rule, one finding of that rule says how many more there are.
    /// </returns>
    internal static IReadOnlyList<Diagnostic> Describe(IEnumerable<ValidationError> errors, TokenTree tokens)
    {
        var schema = RegisterSchema.Schema;
        var issues = SchemaIssueCollector.Collect(errors, tokens.Root);
        var findings = issues.Count <= FindingCap.PerRule
            ? issues.SelectMany(issue => SchemaMessages.Describe(issue, tokens, schema))
            : DescribeCapped(issues, tokens, schema);
        return findings
            .Distinct()
            .OrderBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.RuleId, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Describes the first <see cref="FindingCap.PerRule"/> issues of each rule in the order of the file and only counts
    /// the rest: wording a message costs far more than finding the problem, and a file of half a million unknown keys
    /// would otherwise spend seconds on messages nobody reads. An issue kind always gives findings of one rule, which
    /// the first issue of the kind to be described tells.
    /// </summary>
    private static List<Diagnostic> DescribeCapped(IReadOnlyList<SchemaIssue> issues, TokenTree tokens, JsonSchema schema)
    {
        var ruleOfKind = new Dictionary<ValidationErrorKind, string>();
        var described = new Dictionary<string, int>(StringComparer.Ordinal);
        var leftOut = new Dictionary<string, (int Count, SourceLocation At, string Pointer)>(StringComparer.Ordinal);
        var findings = new List<Diagnostic>();
        foreach (var (issue, at) in issues.Select(issue => (Issue: issue, At: tokens.Locate(issue.Token))).OrderBy(i => i.At.Line).ThenBy(i => i.At.Column))
        {
            if (ruleOfKind.TryGetValue(issue.Kind, out var known) && described.GetValueOrDefault(known) >= FindingCap.PerRule && !FindsSeveral(issue))
            {
                LeaveOut(known, at, tokens.PointerOf(issue.Token));
                continue;
            }

            foreach (var finding in SchemaMessages.Describe(issue, tokens, schema))
            {
                ruleOfKind[issue.Kind] = finding.RuleId;
                if ((described[finding.RuleId] = described.GetValueOrDefault(finding.RuleId) + 1) <= FindingCap.PerRule)
                {
                    findings.Add(finding);
                }
                else
                {
                    LeaveOut(finding.RuleId, finding.Location, finding.JsonPointer);
                }
            }
        }

        findings.AddRange(leftOut.Select(rule => FindingCap.Summary(rule.Key, rule.Value.At, rule.Value.Pointer, rule.Value.Count, DiagnosticSeverity.Error)));
        return findings;

        void LeaveOut(string rule, SourceLocation at, string pointer) =>
            leftOut[rule] = leftOut.TryGetValue(rule, out var before) ? (before.Count + 1, before.At, before.Pointer) : (1, at, pointer);
    }

    // A list's repeats are one issue but a finding each, at each repeat.
    private static bool FindsSeveral(SchemaIssue issue) => issue.Kind == ValidationErrorKind.ItemsNotUnique;

    /// <summary>
    /// The validator, with NJsonSchema's default settings and the same shapes paired with the parsed schema's parts,
    /// made once per process and only when a register is not certainly valid.
    /// </summary>
    private static class NJsonSchemaValidator
    {
        public static readonly ShortcutSchemaValidator Instance = ShortcutSchemaValidator.Create(Shape.Value, RegisterSchema.Schema);
    }
}
