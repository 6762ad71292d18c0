using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Binatic.ProcessingRegister.Parsing;
using NJsonSchema;

namespace Binatic.ProcessingRegister.Schema.Shortcut;

/// <summary>
/// One schema of the format, analysed once, that tells cheaply whether NJsonSchema would find nothing wrong with a value.
/// NJsonSchema builds error lists, a path string, a type dictionary and a set of property names for every value it
/// visits, even when all is well; a register of 10,000 activities made it allocate over a gigabyte. A shape repeats
/// exactly the checks NJsonSchema's <c>JsonSchemaValidator</c> (11.6) makes for its kind of schema and answers
/// <see cref="Verdict.Valid"/> or <see cref="Verdict.Invalid"/> only when the outcome is certain; a schema it does not
/// fully understand, and a value it cannot judge (such as an empty one, where nullability decides), get
/// <see cref="Verdict.Unknown"/>, and NJsonSchema decides.
/// Shapes are read from the schema's JSON text (<see cref="SchemaKeywords"/>), not from NJsonSchema's parsed schema:
/// loading that costs more than validating a small register, and a register the shapes find valid never needs it.
/// Where NJsonSchema's schema is loaded after all, <see cref="SchemaShapeMap"/> pairs the shapes with its parts and
/// checks that both read every part alike.
/// </summary>
internal sealed class SchemaShape
{
    // Below this many items a list is checked on the calling thread: the hand-off costs more than it saves.
    private const int ParallelItems = 512;

    // Up to this many items a list's uniqueness is checked pairwise, which allocates nothing.
    private const int PairwiseUniqueItems = 32;

    private ShapeKind kind;
    private Regex? pattern;
    private int? minLength;
    private int? maxLength;
    private Func<string, bool>? formatCheck;
    private string[]? allowed;
    private decimal? minimum;
    private decimal? maximum;
    private decimal? exclusiveMinimum;
    private decimal? exclusiveMaximum;
    private bool isExclusiveMinimum;
    private bool isExclusiveMaximum;
    private Dictionary<string, Member>? members;
    private int requiredCount;
    private bool allowAdditionalProperties;
    private int minProperties;
    private int maxProperties;
    private SchemaShape? items;
    private int minItems;
    private int maxItems;
    private bool uniqueItems;
    private SchemaShape[]? branches;

    private SchemaShape()
    {
    }

    private enum ShapeKind
    {
        Opaque,
        Text,
        Flag,
        WholeNumber,
        Mapping,
        List,
        Choice,
    }

    /// <summary>Gets whether the shape leaves every value to NJsonSchema, because it does not know the schema well enough.</summary>
    public bool IsOpaque => kind == ShapeKind.Opaque;

    /// <summary>Gets the keywords the shape was read from; null for a shape that could not read them.</summary>
    public SchemaKeywords? Keywords { get; private set; }

    /// <summary>Reads the shape of a schema document's root, and of every schema it reaches, from the document's text.</summary>
    /// <param name="json">The schema document.</param>
    /// <returns>The root's shape; read-only, so safe to share between threads.</returns>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static SchemaShape Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonElement root;
        using (var document = JsonDocument.Parse(json))
        {
            // A copy that outlives the document, since the keywords keep elements of it.
            root = document.RootElement.Clone();
        }

        // By JSON Pointer, so that every way to a schema, through any $ref, finds its one shape, even while building it.
        var shapes = new Dictionary<string, SchemaShape>(StringComparer.Ordinal);
        var following = new HashSet<string>(StringComparer.Ordinal);
        return Of("#", root);

        SchemaShape Of(string pointer, JsonElement element)
        {
            if (shapes.TryGetValue(pointer, out var known))
            {
                return known;
            }

            var keywords = SchemaKeywords.Read(element);
            if (keywords?.Reference is { } reference)
            {
                // NJsonSchema validates against the schema a reference points to; a cycle of references it refuses.
                var target = following.Add(pointer) && SchemaPointer.TryResolve(root, reference, out var targetPointer, out var targetElement)
                    ? Of(targetPointer, targetElement)
                    : new SchemaShape();
                following.Remove(pointer);
                shapes[pointer] = target;
                return target;
            }

            var shape = new SchemaShape { Keywords = keywords };
            shapes.Add(pointer, shape);
            if (keywords is null)
            {
                return shape;
            }

            try
            {
                shape.kind = shape.Fill(keywords, (step, part) => Of($"{pointer}/{step}", part));
            }
            catch (ArgumentException)
            {
                // An invalid pattern: NJsonSchema fails on it in its own way.
                shape.kind = ShapeKind.Opaque;
            }

            return shape;
        }
    }

    /// <summary>Pairs each shape this one checks values with directly with NJsonSchema's schema for it.</summary>
    /// <param name="schema">NJsonSchema's schema for this shape.</param>
    /// <returns>Each part, with its counterpart in <paramref name="schema"/>.</returns>
    public IEnumerable<SchemaPart> PartsIn(JsonSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        switch (kind)
        {
            case ShapeKind.Mapping:
                foreach (var (name, member) in members!)
                {
                    if (member.Shape is { } part)
                    {
                        yield return new("properties/" + SchemaPointer.Escape(name), part, Actual(schema.Properties.TryGetValue(name, out var property) ? property : null));
                    }
                }

                break;
            case ShapeKind.List when items is not null:
                yield return new("items", items, Actual(schema.Item));
                break;
            case ShapeKind.Choice:
                for (var i = 0; i < branches!.Length; i++)
                {
                    yield return new($"oneOf/{i}", branches[i], i < schema.OneOf.Count ? Actual(schema.OneOf.ElementAt(i)) : null);
                }

                break;
        }

        static JsonSchema? Actual(JsonSchema? part)
        {
            try
            {
                return part?.ActualSchema;
            }
            catch (InvalidOperationException)
            {
                // An unresolved or cyclic reference.
                return null;
            }
        }
    }

    // No [MethodImpl(AggressiveOptimization)] on the checks: it keeps them out of the tool's ReadyToRun image, which
    // already holds them optimised; with it, every start compiled them again (about 7 ms of 156 on binatic.yaml).

    /// <summary>Tells whether NJsonSchema would report errors for a value against this schema.</summary>
    /// <param name="node">The value, as the YAML reader built it; NJsonSchema would see the token made from it.</param>
    /// <returns>The verdict; <see cref="Verdict.Invalid"/> and <see cref="Verdict.Valid"/> are certain.</returns>
    public Verdict Check(DocumentNode node) => kind switch
    {
        ShapeKind.Text => CheckText(node),
        ShapeKind.Flag => CheckFlag(node),
        ShapeKind.WholeNumber => CheckWholeNumber(node),
        ShapeKind.Mapping => CheckMapping(node),
        ShapeKind.List => CheckList(node),
        ShapeKind.Choice => CheckChoice(node),
        _ => Verdict.Unknown,
    };

    private static Verdict Worse(Verdict a, Verdict b) => a > b ? a : b;

    // For a value of another type than the schema's one type, NJsonSchema always reports the type. Only the types the
    // YAML reader produces are judged; an empty value depends on nullability, and the rest are left to NJsonSchema.
    private static Verdict OtherType(DocumentNode node) => node.Kind switch
    {
        NodeKind.Mapping or NodeKind.Sequence or NodeKind.String or NodeKind.Integer or NodeKind.Float or NodeKind.Boolean => Verdict.Invalid,
        _ => Verdict.Unknown,
    };

    // Outside a mapping, NJsonSchema still reports each required property as missing.
    private static bool HasNoProperties(SchemaKeywords schema) =>
        schema.PropertyNames.Count == 0 && schema.Required.Count == 0;

    private static bool HasNoStringRules(SchemaKeywords schema) =>
        string.IsNullOrEmpty(schema.Pattern) && schema.MinLength is null && schema.MaxLength is null && string.IsNullOrEmpty(schema.Format);

    // multipleOf is never read (SchemaKeywords), so a shape never sees it.
    private static bool HasNoNumberRules(SchemaKeywords schema) =>
        schema.Minimum is null && schema.Maximum is null && schema.ExclusiveMinimum is null && schema.ExclusiveMaximum is null;

    private static bool HasNoArrayRules(SchemaKeywords schema) =>
        schema.MinItems == 0 && schema.MaxItems == 0 && !schema.UniqueItems && !schema.HasItem;

    // patternProperties and additionalProperties as a schema are never read either.
    private static bool HasNoObjectRules(SchemaKeywords schema) =>
        HasNoProperties(schema) && schema.AllowAdditionalProperties && schema.MinProperties == 0 && schema.MaxProperties == 0;

    /// <summary>Gets the texts NJsonSchema compares a value's text with, or null when there is no enumeration.</summary>
    private static string[]? Allowed(SchemaKeywords schema) =>
        schema.Enumeration.Count == 0
            ? null

            // NJsonSchema compares null's text, null, with the value's text, which never is.
            : [.. schema.Enumeration.OfType<string>()];

    private static bool IsAllowed(string[]? texts, string text) => texts is null || Array.IndexOf(texts, text) >= 0;

    /// <summary>
    /// Tells whether the items of a list are unique as NJsonSchema compares them: by their ToString(), which for text
    /// is the text itself. Lists with other items are left to NJsonSchema.
    /// </summary>
    private static Verdict AreUnique(DocumentNode list)
    {
        var count = list.Count;
        if (count < 2)
        {
            return Verdict.Valid;
        }

        foreach (var item in list)
        {
            if (item.Kind != NodeKind.String)
            {
                return Verdict.Unknown;
            }
        }

        if (count <= PairwiseUniqueItems)
        {
            for (var i = 1; i < count; i++)
            {
                var text = list[i].Text;
                for (var j = 0; j < i; j++)
                {
                    if (string.Equals(text, list[j].Text, StringComparison.Ordinal))
                    {
                        return Verdict.Invalid;
                    }
                }
            }

            return Verdict.Valid;
        }

        var seen = new HashSet<string>(count, StringComparer.Ordinal);
        foreach (var item in list)
        {
            if (!seen.Add(item.Text!))
            {
                return Verdict.Invalid;
            }
        }

        return Verdict.Valid;
    }

    private ShapeKind Fill(SchemaKeywords schema, Func<string, JsonElement, SchemaShape> of)
    {
        // anyOf, allOf, not and the rest are never read (SchemaKeywords): such a schema gets no keywords at all.
        if (schema.OneOfCount > 0)
        {
            return FillChoice(schema, of);
        }

        return schema.Type switch
        {
            JsonType.String => FillText(schema),
            JsonType.Boolean => FillLeaf(schema, ShapeKind.Flag),
            JsonType.Integer => FillWholeNumber(schema),
            JsonType.Object => FillMapping(schema, of),
            JsonType.Array => FillList(schema, of),
            _ => ShapeKind.Opaque,
        };
    }

    private ShapeKind FillLeaf(SchemaKeywords schema, ShapeKind leaf)
    {
        allowed = Allowed(schema);
        return HasNoProperties(schema) ? leaf : ShapeKind.Opaque;
    }

    private ShapeKind FillText(SchemaKeywords schema)
    {
        // NJsonSchema calls the static Regex.IsMatch(value, pattern): no options, the default timeout. A compiled
        // instance with the same pattern and options matches the same strings.
        pattern = string.IsNullOrEmpty(schema.Pattern) ? null : new Regex(schema.Pattern, RegexOptions.Compiled);
        minLength = schema.MinLength;
        maxLength = schema.MaxLength;
        if (!string.IsNullOrEmpty(schema.Format))
        {
            formatCheck = FormatChecks.For(schema.Format);
            if (formatCheck is null)
            {
                return ShapeKind.Opaque;
            }
        }

        return FillLeaf(schema, ShapeKind.Text);
    }

    private ShapeKind FillWholeNumber(SchemaKeywords schema)
    {
        minimum = schema.Minimum;
        maximum = schema.Maximum;
        exclusiveMinimum = schema.ExclusiveMinimum;
        exclusiveMaximum = schema.ExclusiveMaximum;
        isExclusiveMinimum = schema.IsExclusiveMinimum;
        isExclusiveMaximum = schema.IsExclusiveMaximum;
        return FillLeaf(schema, ShapeKind.WholeNumber);
    }

    private ShapeKind FillMapping(SchemaKeywords schema, Func<string, JsonElement, SchemaShape> of)
    {
        if (schema.Enumeration.Count > 0)
        {
            return ShapeKind.Opaque;
        }

        // NJsonSchema asks each declared property whether its parent requires it, and the parent for the rest.
        var required = new HashSet<string>(schema.Required, StringComparer.Ordinal);
        var declared = new Dictionary<string, Member>(StringComparer.Ordinal);
        if (schema.PropertyNames.Count > 0)
        {
            foreach (var property in schema.Properties.EnumerateObject())
            {
                var name = property.Name;
                declared.Add(name, new Member(of("properties/" + SchemaPointer.Escape(name), property.Value), Declared: true, required.Contains(name)));
            }
        }

        foreach (var name in required)
        {
            declared.TryAdd(name, new Member(Shape: null, Declared: false, Required: true));
        }

        members = declared;
        requiredCount = required.Count;
        allowAdditionalProperties = schema.AllowAdditionalProperties;
        minProperties = schema.MinProperties;
        maxProperties = schema.MaxProperties;
        return ShapeKind.Mapping;
    }

    private ShapeKind FillList(SchemaKeywords schema, Func<string, JsonElement, SchemaShape> of)
    {
        if (schema.Enumeration.Count > 0 || !HasNoProperties(schema))
        {
            return ShapeKind.Opaque;
        }

        items = schema.HasItem ? of("items", schema.Item) : null;
        minItems = schema.MinItems;
        maxItems = schema.MaxItems;
        uniqueItems = schema.UniqueItems;
        return ShapeKind.List;
    }

    private ShapeKind FillChoice(SchemaKeywords schema, Func<string, JsonElement, SchemaShape> of)
    {
        // Without a type of its own, NJsonSchema applies every other rule of the schema to whatever the value is.
        if (schema.Type != JsonType.None || schema.Enumeration.Count > 0
            || !HasNoStringRules(schema) || !HasNoNumberRules(schema) || !HasNoArrayRules(schema)
            || !(HasNoObjectRules(schema) || OnlyListsDiscriminatorValues(schema)))
        {
            return ShapeKind.Opaque;
        }

        var choices = new List<SchemaShape>();
        foreach (var branch in schema.OneOf.EnumerateArray())
        {
            choices.Add(of($"oneOf/{choices.Count}", branch));
        }

        branches = [.. choices];
        return ShapeKind.Choice;
    }

    /// <summary>
    /// Whether the only object rule beside a <c>oneOf</c> is <c>properties</c> listing every value of keys that each
    /// branch limits to some of those values itself: for editors, which then offer them all. A value a branch accepts
    /// then always passes them, so the choice alone decides.
    /// </summary>
    private static bool OnlyListsDiscriminatorValues(SchemaKeywords schema)
    {
        if (schema.Required.Count > 0 || !schema.AllowAdditionalProperties || schema.MinProperties != 0 || schema.MaxProperties != 0
            || schema.PropertyNames.Count == 0)
        {
            return false;
        }

        foreach (var name in schema.PropertyNames)
        {
            if (EnumTexts(schema.Properties.GetProperty(name)) is not { } all)
            {
                return false;
            }

            foreach (var branch in schema.OneOf.EnumerateArray())
            {
                if (!branch.TryGetProperty("properties", out var properties)
                    || !properties.TryGetProperty(name, out var own)
                    || EnumTexts(own) is not { } some
                    || !some.IsSubsetOf(all))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static HashSet<string>? EnumTexts(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array
            ? values.EnumerateArray().Select(v => v.GetRawText()).ToHashSet(StringComparer.Ordinal)
            : null;

    private Verdict CheckText(DocumentNode node)
    {
        if (node.Text is not { } value)
        {
            return OtherType(node);
        }

        var valid = (pattern is null || pattern.IsMatch(value))
            && !(value.Length < minLength)
            && !(value.Length > maxLength)
            && (formatCheck is null || formatCheck(value))
            && IsAllowed(allowed, value);
        return valid ? Verdict.Valid : Verdict.Invalid;
    }

    // NJsonSchema compares the token's ToString(), which for a boolean is True or False.
    private Verdict CheckFlag(DocumentNode node) =>
        node.Kind != NodeKind.Boolean ? OtherType(node)
        : IsAllowed(allowed, node.Boolean ? bool.TrueString : bool.FalseString) ? Verdict.Valid
        : Verdict.Invalid;

    private Verdict CheckWholeNumber(DocumentNode node)
    {
        if (node.Kind != NodeKind.Integer)
        {
            return OtherType(node);
        }

        var whole = node.Integer;
        decimal value = whole;
        var tooSmall = (minimum is { } min && (isExclusiveMinimum ? value <= min : value < min))
            || (exclusiveMinimum is { } exclusiveMin && value <= exclusiveMin);
        var tooBig = (maximum is { } max && (isExclusiveMaximum ? value >= max : value > max))
            || (exclusiveMaximum is { } exclusiveMax && value >= exclusiveMax);
        // An enumeration compares the token's ToString(), which Json.NET writes in the current culture.
        return tooSmall || tooBig || (allowed is not null && !IsAllowed(allowed, whole.ToString(CultureInfo.CurrentCulture))) ? Verdict.Invalid : Verdict.Valid;
    }

    private Verdict CheckMapping(DocumentNode mapping)
    {
        if (mapping.Kind != NodeKind.Mapping)
        {
            return OtherType(mapping);
        }

        var count = mapping.Count;
        if ((maxProperties > 0 && count > maxProperties) || (minProperties > 0 && count < minProperties))
        {
            return Verdict.Invalid;
        }

        var verdict = Verdict.Valid;
        var requiredFound = 0;
        foreach (var value in mapping)
        {
            if (!members!.TryGetValue(value.Key!, out var member))
            {
                if (!allowAdditionalProperties)
                {
                    return Verdict.Invalid;
                }

                continue;
            }

            if (member.Required)
            {
                requiredFound++;
            }

            if (!member.Declared)
            {
                if (!allowAdditionalProperties)
                {
                    return Verdict.Invalid;
                }

                continue;
            }

            verdict = Worse(verdict, value.Kind == NodeKind.Null ? Verdict.Unknown : member.Shape!.Check(value));
            if (verdict == Verdict.Invalid)
            {
                return verdict;
            }
        }

        return requiredFound < requiredCount ? Verdict.Invalid : verdict;
    }

    private Verdict CheckList(DocumentNode list)
    {
        if (list.Kind != NodeKind.Sequence)
        {
            return OtherType(list);
        }

        var count = list.Count;
        if ((minItems > 0 && count < minItems) || (maxItems > 0 && count > maxItems))
        {
            return Verdict.Invalid;
        }

        var verdict = uniqueItems ? AreUnique(list) : Verdict.Valid;
        if (verdict == Verdict.Invalid || items is null)
        {
            return verdict;
        }

        if (count >= ParallelItems)
        {
            return Worse(verdict, CheckItemsInParallel(list, items));
        }

        for (var i = 0; i < count && verdict != Verdict.Invalid; i++)
        {
            verdict = Worse(verdict, items.Check(list[i]));
        }

        return verdict;
    }

    private static Verdict CheckItemsInParallel(DocumentNode list, SchemaShape items)
    {
        // The tree and the analysed shapes are safe to share; each item's verdict depends on that item alone.
        var worst = (int)Verdict.Valid;
        Parallel.For(0, list.Count, (i, loop) =>
        {
            Verdict verdict;
            try
            {
                verdict = items.Check(list[i]);
            }
#pragma warning disable CA1031 // NJsonSchema, run on the calling thread, raises whatever this raised, unwrapped.
            catch (Exception)
#pragma warning restore CA1031
            {
                verdict = Verdict.Unknown;
            }

            if (verdict != Verdict.Valid)
            {
                InterlockedMax(ref worst, (int)verdict);
                if (verdict == Verdict.Invalid)
                {
                    loop.Stop();
                }
            }
        });
        return (Verdict)Volatile.Read(ref worst);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (current < value)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    private Verdict CheckChoice(DocumentNode node)
    {
        // NJsonSchema reports the choice when not exactly one branch is free of errors.
        var fitting = 0;
        foreach (var branch in branches!)
        {
            switch (branch.Check(node))
            {
                case Verdict.Valid:
                    fitting++;
                    break;
                case Verdict.Unknown:
                    return Verdict.Unknown;
            }
        }

        return fitting == 1 ? Verdict.Valid : Verdict.Invalid;
    }

    /// <summary>A key a mapping's schema names: declared as a property, required, or both.</summary>
    /// <remarks>A class, not a struct: a dictionary of a struct of this assembly is compiled at every start of the tool.</remarks>
    private sealed record Member(SchemaShape? Shape, bool Declared, bool Required);
}
