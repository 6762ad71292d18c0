using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation.FormatValidators;

namespace Binatic.ProcessingRegister.Schema;

/// <summary>
/// One schema of the format, analysed once, that tells cheaply whether NJsonSchema would find nothing wrong with a value.
/// NJsonSchema builds error lists, a path string, a type dictionary and a set of property names for every value it
/// visits, even when all is well; a register of 10,000 activities made it allocate over a gigabyte. A shape repeats
/// exactly the checks NJsonSchema's <c>JsonSchemaValidator</c> (11.6) makes for its kind of schema and answers
/// <see cref="Verdict.Valid"/> or <see cref="Verdict.Invalid"/> only when the outcome is certain; a schema it does not
/// fully understand, and a value it cannot judge (such as an empty one, where nullability decides), get
/// <see cref="Verdict.Unknown"/>, and NJsonSchema decides.
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
    private IFormatValidator[]? formatValidators;
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

    /// <summary>Analyses every schema reachable from <paramref name="root"/>.</summary>
    /// <param name="root">The schema documents are validated against.</param>
    /// <param name="formats">The format validators NJsonSchema's validator uses, by format, as it groups them.</param>
    /// <returns>The shape of each actual schema, by reference; read-only, so safe to share between threads.</returns>
    public static IReadOnlyDictionary<JsonSchema, SchemaShape> Analyse(
        JsonSchema root, IReadOnlyDictionary<string, IFormatValidator[]> formats)
    {
        ArgumentNullException.ThrowIfNull(root);
        var shapes = new Dictionary<JsonSchema, SchemaShape>(ReferenceEqualityComparer.Instance);
        Of(root.ActualSchema);
        return shapes;

        SchemaShape Of(JsonSchema schema)
        {
            if (shapes.TryGetValue(schema, out var known))
            {
                return known;
            }

            var shape = new SchemaShape();
            shapes.Add(schema, shape);
            try
            {
                shape.kind = shape.Fill(schema, formats, Of);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                // An unresolved reference or an invalid pattern: NJsonSchema fails on it in its own way.
                shape.kind = ShapeKind.Opaque;
            }

            return shape;
        }
    }

    // No [MethodImpl(AggressiveOptimization)] on the checks: it keeps them out of the tool's ReadyToRun image, which
    // already holds them optimised; with it, every start compiled them again (about 7 ms of 156 on binatic.yaml).

    /// <summary>Tells whether NJsonSchema would report errors for a value against this schema.</summary>
    /// <param name="token">The value.</param>
    /// <returns>The verdict; <see cref="Verdict.Invalid"/> and <see cref="Verdict.Valid"/> are certain.</returns>
    public Verdict Check(JToken token) => kind switch
    {
        ShapeKind.Text => CheckText(token),
        ShapeKind.Flag => CheckFlag(token),
        ShapeKind.WholeNumber => CheckWholeNumber(token),
        ShapeKind.Mapping => CheckMapping(token),
        ShapeKind.List => CheckList(token),
        ShapeKind.Choice => CheckChoice(token),
        _ => Verdict.Unknown,
    };

    private static Verdict Worse(Verdict a, Verdict b) => a > b ? a : b;

    // For a value of another type than the schema's one type, NJsonSchema always reports the type. Only the types the
    // YAML reader produces are judged; an empty value depends on nullability, and the rest are left to NJsonSchema.
    private static Verdict OtherType(JToken token) => token.Type switch
    {
        JTokenType.Object or JTokenType.Array or JTokenType.String or JTokenType.Integer or JTokenType.Float or JTokenType.Boolean => Verdict.Invalid,
        _ => Verdict.Unknown,
    };

    private static bool IsPlain(JsonSchema schema) =>
        schema.AnyOf.Count == 0 && schema.AllOf.Count == 0 && schema.Not is null;

    // Outside a mapping, NJsonSchema still reports each required property as missing.
    private static bool HasNoProperties(JsonSchema schema) =>
        schema.Properties.Count == 0 && schema.RequiredProperties.Count == 0;

    private static bool HasNoStringRules(JsonSchema schema) =>
        string.IsNullOrEmpty(schema.Pattern) && schema.MinLength is null && schema.MaxLength is null && string.IsNullOrEmpty(schema.Format);

    private static bool HasNoNumberRules(JsonSchema schema) =>
        schema.Minimum is null && schema.Maximum is null && schema.ExclusiveMinimum is null && schema.ExclusiveMaximum is null
        && schema.MultipleOf is null;

    private static bool HasNoArrayRules(JsonSchema schema) =>
        schema.MinItems == 0 && schema.MaxItems == 0 && !schema.UniqueItems && schema.Item is null && schema.Items.Count == 0;

    private static bool HasNoObjectRules(JsonSchema schema) =>
        HasNoProperties(schema) && schema.PatternProperties.Count == 0 && schema.AdditionalPropertiesSchema is null
        && schema.AllowAdditionalProperties && schema.MinProperties == 0 && schema.MaxProperties == 0;

    /// <summary>Gets the texts NJsonSchema compares a value's text with, or null when they depend on the culture.</summary>
    private static bool TryAllowed(JsonSchema schema, out string[]? texts)
    {
        texts = null;
        if (schema.Enumeration.Count == 0)
        {
            return true;
        }

        var list = new List<string>();
        foreach (var value in schema.Enumeration)
        {
            switch (value)
            {
                case null:
                    // NJsonSchema compares null's text, null, with the value's text, which never is.
                    break;
                case string text:
                    list.Add(text);
                    break;
                case bool flag:
                    list.Add(flag ? bool.TrueString : bool.FalseString);
                    break;
                default:
                    return false;
            }
        }

        texts = [.. list];
        return true;
    }

    private static bool IsAllowed(string[]? texts, string text) => texts is null || Array.IndexOf(texts, text) >= 0;

    private static bool AreUnique(JArray array)
    {
        var count = array.Count;
        if (count < 2)
        {
            return true;
        }

        // NJsonSchema compares the items' ToString(), which for text is the text itself, without a copy.
        if (count <= PairwiseUniqueItems && AllText(array))
        {
            for (var i = 1; i < count; i++)
            {
                var text = array[i].ToString();
                for (var j = 0; j < i; j++)
                {
                    if (string.Equals(text, array[j].ToString(), StringComparison.Ordinal))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        var seen = new HashSet<string>(count, StringComparer.Ordinal);
        foreach (var item in array)
        {
            if (!seen.Add(item.ToString()))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllText(JArray array)
    {
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i].Type != JTokenType.String)
            {
                return false;
            }
        }

        return true;
    }

    private ShapeKind Fill(JsonSchema schema, IReadOnlyDictionary<string, IFormatValidator[]> formats, Func<JsonSchema, SchemaShape> of)
    {
        if (!IsPlain(schema))
        {
            return ShapeKind.Opaque;
        }

        if (schema.OneOf.Count > 0)
        {
            return FillChoice(schema, of);
        }

        return schema.Type switch
        {
            JsonObjectType.String => FillText(schema, formats),
            JsonObjectType.Boolean => FillLeaf(schema, ShapeKind.Flag),
            JsonObjectType.Integer => FillWholeNumber(schema),
            JsonObjectType.Object => FillMapping(schema, of),
            JsonObjectType.Array => FillList(schema, of),
            _ => ShapeKind.Opaque,
        };
    }

    private ShapeKind FillLeaf(JsonSchema schema, ShapeKind leaf) =>
        HasNoProperties(schema) && TryAllowed(schema, out allowed) ? leaf : ShapeKind.Opaque;

    private ShapeKind FillText(JsonSchema schema, IReadOnlyDictionary<string, IFormatValidator[]> formats)
    {
        // NJsonSchema calls the static Regex.IsMatch(value, pattern): no options, the default timeout. A compiled
        // instance with the same pattern and options matches the same strings.
        pattern = string.IsNullOrEmpty(schema.Pattern) ? null : new Regex(schema.Pattern, RegexOptions.Compiled);
        minLength = schema.MinLength;
        maxLength = schema.MaxLength;
        formatValidators = !string.IsNullOrEmpty(schema.Format) && formats.TryGetValue(schema.Format, out var validators) ? validators : null;
        return FillLeaf(schema, ShapeKind.Text);
    }

    private ShapeKind FillWholeNumber(JsonSchema schema)
    {
        if (schema.MultipleOf is not null)
        {
            return ShapeKind.Opaque;
        }

        minimum = schema.Minimum;
        maximum = schema.Maximum;
        exclusiveMinimum = schema.ExclusiveMinimum;
        exclusiveMaximum = schema.ExclusiveMaximum;
        isExclusiveMinimum = schema.IsExclusiveMinimum;
        isExclusiveMaximum = schema.IsExclusiveMaximum;
        return FillLeaf(schema, ShapeKind.WholeNumber);
    }

    private ShapeKind FillMapping(JsonSchema schema, Func<JsonSchema, SchemaShape> of)
    {
        if (schema.Enumeration.Count > 0 || schema.PatternProperties.Count > 0 || schema.AdditionalPropertiesSchema is not null)
        {
            return ShapeKind.Opaque;
        }

        // NJsonSchema asks each declared property whether its parent requires it, and the parent for the rest.
        var required = new HashSet<string>(schema.RequiredProperties, StringComparer.Ordinal);
        var declared = new Dictionary<string, Member>(StringComparer.Ordinal);
        foreach (var (name, property) in schema.Properties)
        {
            if (!ReferenceEquals(property.ParentSchema, schema))
            {
                return ShapeKind.Opaque;
            }

            declared.Add(name, new Member(of(property.ActualSchema), Declared: true, required.Contains(name)));
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

    private ShapeKind FillList(JsonSchema schema, Func<JsonSchema, SchemaShape> of)
    {
        if (schema.Enumeration.Count > 0 || !HasNoProperties(schema) || schema.Items.Count > 0)
        {
            return ShapeKind.Opaque;
        }

        items = schema.Item is { } item ? of(item.ActualSchema) : null;
        minItems = schema.MinItems;
        maxItems = schema.MaxItems;
        uniqueItems = schema.UniqueItems;
        return ShapeKind.List;
    }

    private ShapeKind FillChoice(JsonSchema schema, Func<JsonSchema, SchemaShape> of)
    {
        // Without a type of its own, NJsonSchema applies every other rule of the schema to whatever the value is.
        if (schema.Type != JsonObjectType.None || schema.Enumeration.Count > 0
            || !HasNoStringRules(schema) || !HasNoNumberRules(schema) || !HasNoArrayRules(schema) || !HasNoObjectRules(schema))
        {
            return ShapeKind.Opaque;
        }

        branches = [.. schema.OneOf.Select(branch => of(branch.ActualSchema))];
        return ShapeKind.Choice;
    }

    private Verdict CheckText(JToken token)
    {
        if (token.Type != JTokenType.String)
        {
            return OtherType(token);
        }

        if (((JValue)token).Value is not string value)
        {
            return Verdict.Unknown;
        }

        var valid = (pattern is null || pattern.IsMatch(value))
            && !(value.Length < minLength)
            && !(value.Length > maxLength)
            && HasFormat(value)
            && IsAllowed(allowed, value);
        return valid ? Verdict.Valid : Verdict.Invalid;
    }

    private bool HasFormat(string value)
    {
        if (formatValidators is null)
        {
            return true;
        }

        foreach (var validator in formatValidators)
        {
            if (validator.IsValid(value, JTokenType.String))
            {
                return true;
            }
        }

        return false;
    }

    private Verdict CheckFlag(JToken token) =>
        token.Type != JTokenType.Boolean ? OtherType(token)
        : IsAllowed(allowed, token.ToString()) ? Verdict.Valid
        : Verdict.Invalid;

    private Verdict CheckWholeNumber(JToken token)
    {
        if (token.Type != JTokenType.Integer)
        {
            return OtherType(token);
        }

        if (((JValue)token).Value is not long whole)
        {
            // A big integer goes through NJsonSchema's overflow path, in doubles.
            return Verdict.Unknown;
        }

        decimal value = whole;
        var tooSmall = (minimum is { } min && (isExclusiveMinimum ? value <= min : value < min))
            || (exclusiveMinimum is { } exclusiveMin && value <= exclusiveMin);
        var tooBig = (maximum is { } max && (isExclusiveMaximum ? value >= max : value > max))
            || (exclusiveMaximum is { } exclusiveMax && value >= exclusiveMax);
        return tooSmall || tooBig || (allowed is not null && !IsAllowed(allowed, token.ToString())) ? Verdict.Invalid : Verdict.Valid;
    }

    private Verdict CheckMapping(JToken token)
    {
        if (token is not JObject mapping)
        {
            return OtherType(token);
        }

        var count = mapping.Count;
        if ((maxProperties > 0 && count > maxProperties) || (minProperties > 0 && count < minProperties))
        {
            return Verdict.Invalid;
        }

        var verdict = Verdict.Valid;
        var requiredFound = 0;
        for (var node = mapping.First; node is not null; node = node.Next)
        {
            var property = (JProperty)node;
            if (!members!.TryGetValue(property.Name, out var member))
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

            var value = property.Value;
            verdict = Worse(verdict, value.Type == JTokenType.Null ? Verdict.Unknown : member.Shape!.Check(value));
            if (verdict == Verdict.Invalid)
            {
                return verdict;
            }
        }

        return requiredFound < requiredCount ? Verdict.Invalid : verdict;
    }

    private Verdict CheckList(JToken token)
    {
        if (token is not JArray list)
        {
            return OtherType(token);
        }

        var count = list.Count;
        if ((minItems > 0 && count < minItems) || (maxItems > 0 && count > maxItems) || (uniqueItems && !AreUnique(list)))
        {
            return Verdict.Invalid;
        }

        if (items is null)
        {
            return Verdict.Valid;
        }

        if (count >= ParallelItems)
        {
            return CheckItemsInParallel(list, items);
        }

        var verdict = Verdict.Valid;
        for (var i = 0; i < count && verdict != Verdict.Invalid; i++)
        {
            verdict = Worse(verdict, items.Check(list[i]));
        }

        return verdict;
    }

    private static Verdict CheckItemsInParallel(JArray list, SchemaShape items)
    {
        // JArray reads and the analysed shapes are safe to share; each item's verdict depends on that item alone.
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

    private Verdict CheckChoice(JToken token)
    {
        // NJsonSchema reports the choice when not exactly one branch is free of errors.
        var fitting = 0;
        foreach (var branch in branches!)
        {
            switch (branch.Check(token))
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
    private readonly record struct Member(SchemaShape? Shape, bool Declared, bool Required);
}
