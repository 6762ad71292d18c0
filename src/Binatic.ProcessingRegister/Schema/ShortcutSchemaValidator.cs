using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Binatic.ProcessingRegister.Schema;

/// <summary>
/// NJsonSchema's validator, with its default settings, that skips the work for values a <see cref="SchemaShape"/> finds
/// certainly valid. Wherever a value has a problem, or the shape cannot tell, NJsonSchema itself validates it, so the
/// errors are NJsonSchema's own, down to their paths, order and nesting; only the values without any are cheaper.
/// </summary>
internal sealed class ShortcutSchemaValidator : JsonSchemaValidator
{
    private readonly IReadOnlyDictionary<JsonSchema, SchemaShape> shapes;

    /// <summary>Initializes a validator for documents of one schema.</summary>
    /// <param name="root">The schema whose parts this validator recognises; it must not change afterwards.</param>
    public ShortcutSchemaValidator(JsonSchema root)
        : this(root, new JsonSchemaValidatorSettings())
    {
    }

    private ShortcutSchemaValidator(JsonSchema root, JsonSchemaValidatorSettings settings)
        : base(settings)
    {
        // The same grouping NJsonSchema makes of the format validators; the shapes call the very same instances.
        var formats = settings.FormatValidators.GroupBy(v => v.Format).ToDictionary(g => g.Key, g => g.ToArray());

        // The shapes look keys up by ordinal comparison, which is what the default property comparer does.
        shapes = ReferenceEquals(settings.PropertyStringComparer, StringComparer.Ordinal)
            ? SchemaShape.Analyse(root, formats)
            : new Dictionary<JsonSchema, SchemaShape>();
    }

    /// <inheritdoc/>
    protected override ICollection<ValidationError> Validate(
        JToken token, JsonSchema schema, SchemaType schemaType, string? propertyName, string propertyPath) =>
        shapes.TryGetValue(schema, out var shape) && shape.Check(token) == Verdict.Valid
            ? []
            : base.Validate(token, schema, schemaType, propertyName, propertyPath);
}
