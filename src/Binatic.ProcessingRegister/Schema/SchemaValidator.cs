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
    // Not `new JsonSchemaValidator()`: that binds to the params overload and installs no format validators at all,
    // so dates and e-mail addresses would pass unchecked. Default settings carry NJsonSchema's built-in ones.
    private static readonly JsonSchemaValidator Validator = new(new JsonSchemaValidatorSettings());

    /// <summary>Validates a register against the schema.</summary>
    /// <param name="root">The register, as the YAML reader built it.</param>
    /// <param name="map">Where each token of <paramref name="root"/> was written.</param>
    /// <returns>The findings, one per problem, in the order they appear in the file.</returns>
    public static IReadOnlyList<Diagnostic> Validate(JToken root, SourceMap map)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(map);

        var schema = RegisterSchema.Schema;
        var errors = Validator.Validate(root, schema);
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
