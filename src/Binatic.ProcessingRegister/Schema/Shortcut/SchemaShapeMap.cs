using NJsonSchema;

namespace Binatic.ProcessingRegister.Schema.Shortcut;

/// <summary>
/// The shapes read from a schema's text, paired with the parts of NJsonSchema's schema parsed from the same text, for
/// <see cref="ShortcutSchemaValidator"/>, which meets NJsonSchema's parts. Both are walked in parallel from the root,
/// and at each pair the two readings of the part are compared keyword by keyword: a shape goes with a part only where
/// they agree, and where they agree on everything the shape depends on. A part read otherwise is left wholly to
/// NJsonSchema, so a mistake in reading the text can cost time but never change a result.
/// </summary>
internal sealed class SchemaShapeMap
{
    private SchemaShapeMap(
        IReadOnlyDictionary<JsonSchema, SchemaShape> shapes, IReadOnlyList<string> opaque, IReadOnlyList<string> disagreements)
    {
        Shapes = shapes;
        Opaque = opaque;
        Disagreements = disagreements;
    }

    /// <summary>Gets the shape of each actual schema, by reference; read-only, so safe to share between threads.</summary>
    public IReadOnlyDictionary<JsonSchema, SchemaShape> Shapes { get; }

    /// <summary>Gets where the parts are whose text the shapes do not read, and leave to NJsonSchema.</summary>
    public IReadOnlyList<string> Opaque { get; }

    /// <summary>Gets, for each part the two readings disagree on, where it is and how they differ; none for a sound reading.</summary>
    public IReadOnlyList<string> Disagreements { get; }

    /// <summary>Pairs the shapes reachable from <paramref name="root"/> with the parts of <paramref name="schema"/>.</summary>
    /// <param name="root">The shape of the schema document's root, read from its text.</param>
    /// <param name="schema">NJsonSchema's schema, parsed from the same text; it must not change afterwards.</param>
    /// <returns>The pairs, and the disagreements that kept some shapes out.</returns>
    public static SchemaShapeMap Pair(SchemaShape root, JsonSchema schema)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(schema);
        var pairs = new Dictionary<JsonSchema, SchemaShape>(ReferenceEqualityComparer.Instance);
        var users = new Dictionary<SchemaShape, List<SchemaShape>>(ReferenceEqualityComparer.Instance);
        var refused = new HashSet<SchemaShape>(ReferenceEqualityComparer.Instance);
        var opaque = new List<string>();
        var disagreements = new List<string>();

        // Classes rather than tuples in the collections: those of value types are compiled at run time, at every start.
        var pending = new Stack<SchemaPart>();
        pending.Push(new SchemaPart("#", root, schema.ActualSchema));
        while (pending.TryPop(out var next))
        {
            var (path, shape, part) = (next.Step, next.Shape, next.Counterpart!);
            if (shape.IsOpaque)
            {
                // It never finds a value valid, so it is as good as no shape. It claims no part either: the text may
                // see a part of its own where NJsonSchema sees a shared one, such as a $ref with a sibling `type`.
                opaque.Add(path);
                continue;
            }

            if (pairs.TryGetValue(part, out var paired))
            {
                if (!ReferenceEquals(paired, shape))
                {
                    Refuse(shape, $"{path}: NJsonSchema has one part where the text has two");
                    refused.Add(paired);
                }

                continue;
            }

            pairs.Add(part, shape);
            var differences = shape.Keywords!.DifferencesFrom(part).ToList();
            if (differences.Count > 0)
            {
                Refuse(shape, $"{path}: {string.Join("; ", differences)}");
                continue;
            }

            foreach (var (step, partShape, counterpart) in shape.PartsIn(part))
            {
                if (!users.TryGetValue(partShape, out var list))
                {
                    users.Add(partShape, list = []);
                }

                list.Add(shape);
                if (counterpart is null)
                {
                    Refuse(partShape, $"{path}/{step}: NJsonSchema has no such part");
                }
                else
                {
                    pending.Push(new SchemaPart($"{path}/{step}", partShape, counterpart));
                }
            }
        }

        // A shape checks its parts' values with their shapes, so one that uses a refused shape, however indirectly,
        // is refused too.
        var spreading = new Queue<SchemaShape>(refused);
        while (spreading.TryDequeue(out var shape))
        {
            foreach (var user in users.GetValueOrDefault(shape) ?? [])
            {
                if (refused.Add(user))
                {
                    spreading.Enqueue(user);
                }
            }
        }

        var agreed = new Dictionary<JsonSchema, SchemaShape>(ReferenceEqualityComparer.Instance);
        foreach (var pair in pairs)
        {
            if (!refused.Contains(pair.Value))
            {
                agreed.Add(pair.Key, pair.Value);
            }
        }

        return new SchemaShapeMap(agreed, opaque, disagreements);

        void Refuse(SchemaShape shape, string disagreement)
        {
            refused.Add(shape);
            disagreements.Add(disagreement);
        }
    }
}
