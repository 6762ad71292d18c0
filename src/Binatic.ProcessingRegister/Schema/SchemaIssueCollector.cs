using System.Runtime.CompilerServices;
using Binatic.ProcessingRegister.Diagnostics;
using NJsonSchema.Validation;
using NJsonSchema;
using Newtonsoft.Json.Linq;

namespace Binatic.ProcessingRegister.Schema;

/// <summary>
/// Flattens NJsonSchema's tree of errors into one issue per real problem. NJsonSchema reports every branch of a
/// <c>oneOf</c> in full and, next to a wrong type, also the checks that could not apply to the value; a person needs
/// only the branch they were writing and the one thing to fix.
/// </summary>
internal static class SchemaIssueCollector
{
    private static readonly HashSet<ValidationErrorKind> TypeKinds =
    [
        ValidationErrorKind.StringExpected,
        ValidationErrorKind.NumberExpected,
        ValidationErrorKind.IntegerExpected,
        ValidationErrorKind.BooleanExpected,
        ValidationErrorKind.ObjectExpected,
        ValidationErrorKind.ArrayExpected,
        ValidationErrorKind.NullExpected,
        ValidationErrorKind.NoTypeValidates,
    ];

    /// <summary>Gets whether an error kind says the value has the wrong type.</summary>
    public static bool IsTypeKind(ValidationErrorKind kind) => TypeKinds.Contains(kind);

    /// <summary>Collects the issues behind NJsonSchema's errors.</summary>
    /// <param name="errors">The errors of one validation.</param>
    /// <param name="root">The validated document, which stands in for an error without a token.</param>
    public static IReadOnlyList<SchemaIssue> Collect(IEnumerable<ValidationError> errors, JToken root)
    {
        var issues = new List<SchemaIssue>();
        Flatten(errors, root, branch: null, branchTitle: null, issues);
        return Prune(issues);
    }

    private static void Flatten(
        IEnumerable<ValidationError> errors, JToken root, JsonSchema? branch, string? branchTitle, List<SchemaIssue> issues)
    {
        foreach (var error in errors)
        {
            var token = error.Token ?? root;
            switch (error)
            {
                case ChildSchemaValidationError { Kind: ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf } alternatives:
                    FlattenAlternatives(alternatives, token, root, issues);
                    break;
                case ChildSchemaValidationError child:
                    foreach (var childErrors in child.Errors.Values)
                    {
                        Flatten(childErrors, root, branch: null, branchTitle: null, issues);
                    }

                    break;
                default:
                    var title = ReferenceEquals(error.Schema, branch) ? branchTitle! : TitleOf(error.Schema);
                    issues.Add(new SchemaIssue(error.Kind, token, error.Schema, error.Property, title));
                    break;
            }
        }
    }

    /// <summary>
    /// Picks the branch the user meant: the one whose discriminating key (an <c>enum</c> key that every branch has,
    /// such as <c>basis</c> or <c>designated</c>) matches, else the one with the fewest errors. When the value is a
    /// mapping whose discriminating key matches no branch, that key is the problem.
    /// </summary>
    private static void FlattenAlternatives(ChildSchemaValidationError alternatives, JToken token, JToken root, List<SchemaIssue> issues)
    {
        var branches = alternatives.Errors.ToList();
        var title = TitleOf(alternatives.Schema);
        if (branches.Any(b => b.Value.Count == 0))
        {
            // More than one branch of a oneOf fits: a flaw of the schema more than of the register, but still reported.
            issues.Add(new SchemaIssue(alternatives.Kind, token, alternatives.Schema, null, title));
            return;
        }

        if (token is JObject mapping && DiscriminatorsOf(branches.Select(b => b.Key.ActualSchema)) is { Count: > 0 } discriminators)
        {
            var meant = branches.Where(b => discriminators.All(key => Allows(b.Key.ActualSchema, key, mapping[key]))).ToList();
            if (meant.Count == 0)
            {
                var key = discriminators.FirstOrDefault(k => branches.All(b => !Allows(b.Key.ActualSchema, k, mapping[k])))
                    ?? discriminators[0];
                issues.Add(new SchemaIssue(alternatives.Kind, token, alternatives.Schema, key, title));
                return;
            }

            var closest = meant.MinBy(b => b.Value.Count);
            var branch = closest.Key.ActualSchema;
            Flatten(closest.Value, root, branch, BranchTitle(title, branch), issues);
            return;
        }

        // Without a discriminator the user's intent is unknown, so the branch is not named: a list written where a
        // legal basis belongs is not "a consent" that went wrong.
        var fewest = branches.MinBy(b => b.Value.Count);
        Flatten(fewest.Value, root, fewest.Key.ActualSchema, title, issues);
    }

    private static List<string> DiscriminatorsOf(IEnumerable<JsonSchema> branches)
    {
        var all = branches.ToList();
        return all[0].ActualProperties.Keys
            .Where(key => all.All(b => b.ActualProperties.TryGetValue(key, out var p) && p.ActualSchema.Enumeration.Count > 0))
            .ToList();
    }

    private static bool Allows(JsonSchema branch, string key, JToken? value) =>
        value is not null
        && branch.ActualProperties[key].ActualSchema.Enumeration.Any(allowed => JToken.DeepEquals(ToToken(allowed), value));

    private static JToken ToToken(object? value) => value is null ? JValue.CreateNull() : JToken.FromObject(value);

    private static string BranchTitle(string alternativesTitle, JsonSchema branch) =>
        branch.Title is { } own && !string.Equals(own, alternativesTitle, StringComparison.OrdinalIgnoreCase)
            ? $"{alternativesTitle} ({Wording.Inline(own)})"
            : alternativesTitle;

    private static string TitleOf(JsonSchema schema) => schema.Title ?? schema.ActualSchema.Title ?? "value";

    /// <summary>
    /// Drops what only repeats another issue: checks on a value of the wrong type (a mapping written as text is not
    /// also missing its keys), and a missing key that an unknown key in the same mapping is a misspelling of.
    /// </summary>
    private static List<SchemaIssue> Prune(List<SchemaIssue> issues)
    {
        issues = DropRepeats(issues);
        var mistyped = new HashSet<JToken>(ReferenceEqualityComparer.Instance);
        var kept = new List<SchemaIssue>();
        foreach (var issue in issues.Where(i => IsTypeKind(i.Kind)))
        {
            if (mistyped.Add(issue.Token))
            {
                kept.Add(issue);
            }
        }

        // A set, not a list searched for each missing key: thousands of mappings, each with a misspelt key and missing
        // keys, would otherwise take time in the square of their number.
        var misspelt = issues
            .Where(i => i.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && i.Token is JProperty { Parent: { } })
            .Select(i => (Mapping: i.Token.Parent!, Meant: NearestMatch.Find(((JProperty)i.Token).Name, i.Schema.ActualProperties.Keys)))
            .Where(m => m.Meant is not null)
            .Select(m => new Misspelling(m.Mapping, m.Meant!))
            .ToHashSet();

        kept.AddRange(issues.Where(i =>
            !IsTypeKind(i.Kind)
            && !mistyped.Contains(i.Token)
            && !(i.Kind == ValidationErrorKind.PropertyRequired && i.Property is { } key && misspelt.Contains(new Misspelling(i.Token, key)))));
        return kept;
    }

    /// <summary>
    /// Drops the reports of a discriminating key whose mapping's <c>oneOf</c> is already reported for that key (the
    /// schema lists every allowed value of such a key beside the <c>oneOf</c> as well, for editors, and the report of
    /// the <c>oneOf</c> says more), and a pattern that repeats a date's format check on the same value (a date carries
    /// a pattern that editors can check too).
    /// </summary>
    private static List<SchemaIssue> DropRepeats(List<SchemaIssue> issues)
    {
        var discriminated = issues
            .Where(i => i.Kind is ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf && i.Property is not null)
            .Select(i => new Misspelling(i.Token, i.Property!))
            .ToHashSet();
        var dates = new HashSet<JToken>(issues.Where(i => i.Kind == ValidationErrorKind.DateExpected).Select(i => i.Token), ReferenceEqualityComparer.Instance);
        return [.. issues.Where(i =>
            !(i.Kind == ValidationErrorKind.PatternMismatch && dates.Contains(i.Token))
            && !(discriminated.Count > 0 && KeyOf(i.Token) is { } key && discriminated.Contains(key)))];
    }

    private static Misspelling? KeyOf(JToken token) => token switch
    {
        JProperty { Parent: JObject parent } property => new Misspelling(parent, property.Name),
        { Parent: JProperty { Parent: JObject parent } property } => new Misspelling(parent, property.Name),
        _ => null,
    };

    /// <summary>
    /// A key in a mapping that is a misspelling of <paramref name="Meant"/>, or a key a report is about; mappings are
    /// told apart by identity.
    /// </summary>
    private readonly record struct Misspelling(JToken Mapping, string Meant)
    {
        public bool Equals(Misspelling other) => ReferenceEquals(Mapping, other.Mapping) && string.Equals(Meant, other.Meant, StringComparison.Ordinal);

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Mapping), StringComparer.Ordinal.GetHashCode(Meant));
    }
}
