using Binatic.ProcessingRegister.Parsing;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;

namespace Binatic.ProcessingRegister.Schema;

/// <summary>
/// Checks a register's JSON tree against the embedded schema and reports each problem at the YAML line and column
/// the user wrote, with a message that says how to fix it.
/// </summary>
internal static class SchemaValidator
{
    // The validator carries NJsonSchema's default settings, built-in format validators included, and the analysis of
    // the schema's parts, made once per process.
    private static readonly Lazy<ShortcutSchemaValidator> Validator =
        new(() => new ShortcutSchemaValidator(RegisterSchema.Schema), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Validates a register against the schema.</summary>
    /// <param name="root">The register, as the YAML reader built it.</param>
    /// <param name="map">Where each token of <paramref name="root"/> was written.</param>
    /// <returns>The findings, one per problem, in the order they appear in the file.</returns>
    public static IReadOnlyList<Diagnostic> Validate(JToken root, SourceMap map)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(map);

        return Describe(Validator.Value.Validate(root, RegisterSchema.Schema), root, map);
    }

    /// <summary>Turns NJsonSchema's errors for a register into findings.</summary>
    /// <param name="errors">The errors of validating <paramref name="root"/> against the register schema.</param>
    /// <param name="root">The register, as the YAML reader built it.</param>
    /// <param name="map">Where each token of <paramref name="root"/> was written.</param>
    /// <returns>The findings, one per problem, in the order they appear in the file.</returns>
    internal static IReadOnlyList<Diagnostic> Describe(IEnumerable<ValidationError> errors, JToken root, SourceMap map)
    {
        var schema = RegisterSchema.Schema;
        return SchemaIssueCollector.Collect(errors, root)
            .SelectMany(issue => SchemaMessages.Describe(issue, map, schema))
            .Distinct()
            .OrderBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.RuleId, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
    }
}
