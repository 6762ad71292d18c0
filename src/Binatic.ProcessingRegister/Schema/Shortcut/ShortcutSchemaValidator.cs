using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Binatic.ProcessingRegister.Schema.Shortcut;

/// <summary>
/// NJsonSchema's validator, with its default settings, that skips the work for values a <see cref="SchemaShape"/> finds
/// certainly valid. It validates tokens made by <see cref="TokenTree"/>, whose nodes the shapes read; any
/// other token is left to NJsonSchema whole. Wherever a value has a problem, or the shape cannot tell, NJsonSchema itself validates it, so the
/// errors are NJsonSchema's own, down to their paths, order and nesting; only the values without any are cheaper.
/// </summary>
internal sealed class ShortcutSchemaValidator : JsonSchemaValidator
{
    // The default settings: the shapes use the same format validators, and look keys up by ordinal comparison, as
    // the default property comparer does.
    private ShortcutSchemaValidator(SchemaShapeMap map)
        : base(new JsonSchemaValidatorSettings())
    {
        Map = map;
    }

    /// <summary>Gets the shapes this validator uses, and the parts it left to NJsonSchema because the readings disagree.</summary>
    public SchemaShapeMap Map { get; }

    /// <summary>Creates a validator for documents of one schema.</summary>
    /// <param name="schemaJson">The schema's text.</param>
    /// <param name="schema">The schema NJsonSchema parsed from the same text; it must not change afterwards.</param>
    /// <returns>The validator.</returns>
    public static ShortcutSchemaValidator Create(string schemaJson, JsonSchema schema) => Create(SchemaShape.Read(schemaJson), schema);

    /// <summary>Creates a validator for documents of one schema, whose text has been read already.</summary>
    /// <param name="root">The shape of the schema's root, read from its text.</param>
    /// <param name="schema">The schema NJsonSchema parsed from the same text; it must not change afterwards.</param>
    /// <returns>The validator.</returns>
    public static ShortcutSchemaValidator Create(SchemaShape root, JsonSchema schema) => new(SchemaShapeMap.Pair(root, schema));

    /// <inheritdoc/>
    protected override ICollection<ValidationError> Validate(
        JToken token, JsonSchema schema, SchemaType schemaType, string? propertyName, string propertyPath) =>
        TokenTree.NodeOf(token) is { } node && Map.Shapes.TryGetValue(schema, out var shape) && shape.Check(node) == Verdict.Valid
            ? []
            : base.Validate(token, schema, schemaType, propertyName, propertyPath);
}
