using System.Numerics;
using Binatic.ProcessingRegister.Tests.Generation;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Parsing;
using Binatic.ProcessingRegister.Schema;
using Binatic.ProcessingRegister.Schema.Shortcut;
using Binatic.ProcessingRegister.Tests.Support;
using CsCheck;
using NJsonSchema.Validation;
using NJsonSchema;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json;

namespace Binatic.ProcessingRegister.Tests.Schema.Shortcut;

/// <summary>
/// The shortcut validator skips NJsonSchema only where a value is certainly valid, so on any document it must give
/// NJsonSchema's own errors, object for object, and therefore the same findings. These tests hold it to that on every
/// register and fixture in the repository and on registers edited at random, small and large.
/// </summary>
/// <remarks>CsCheck prints the seed of a failing case, to replay it with <c>seed:</c>.</remarks>
public sealed class ShortcutSchemaValidatorTests
{
    private static readonly JsonSchemaValidator Plain = new(new JsonSchemaValidatorSettings());
    private static readonly ShortcutSchemaValidator Shortcut = ShortcutSchemaValidator.Create(RegisterSchema.Text, RegisterSchema.Schema);

    private static readonly string[] Keys =
    [
        "id", "name", "basis", "designated", "type", "derogation", "law", "purposes", "interests", "kind", "description",
        "country", "safeguards", "period", "status", "rule", "reason", "language", "email", "policyDate", "inPlace", "used",
        "ageOfConsent", "note", "withinEea", "countries", "condition", "right", "available", "role", "specialCategory", "unknownKey",
    ];

    private static readonly Func<JToken>[] Values =
    [
        () => new JValue(string.Empty),
        () => new JValue("x"),
        () => new JValue("nl"),
        () => new JValue("consent"),
        () => new JValue("legitimateInterests"),
        () => new JValue("derogation"),
        () => new JValue("explicitConsent"),
        () => new JValue("2021-10-26"),
        () => new JValue("2021-13-45"),
        () => new JValue("privacy@example.nl"),
        () => new JValue("not an e-mail"),
        () => new JValue("P7Y"),
        () => new JValue("RPR001"),
        () => new JValue("NL"),
        () => new JValue("Upper-Case"),
        () => new JValue("category-1"),
        () => new JValue("True"),
        () => new JValue(new string('a', 70)),
        () => new JValue(16L),
        () => new JValue(0L),
        () => new JValue(-1L),
        () => new JValue(99L),
        () => new JValue(1.5),
        () => new JValue(BigInteger.Pow(10, 30)),
        () => new JValue(true),
        () => new JValue(false),
        () => JValue.CreateNull(),
        () => new JObject(),
        () => new JArray(),
        () => new JArray("a", "a"),
        () => new JArray("nl"),
        () => new JObject { ["basis"] = "consent" },
        () => new JObject { ["designated"] = true, ["name"] = "x" },
        () => new JObject { ["designated"] = false },
        () => new JObject { ["type"] = "derogation" },
    ];

    private enum Edit
    {
        Remove,
        Replace,
        Rename,
        Add,
        Duplicate,
        Clear,
        Perturb,
    }

    /// <summary>Schemas that use each keyword the shapes read, and some they leave to NJsonSchema, with values to validate.</summary>
    public static TheoryData<string, string> Schemas => new()
    {
        { """{"oneOf": [{"type": "string"}, {"type": "string", "maxLength": 3}]}""", "[\"ab\", \"abcd\", 1]" },
        { """{"oneOf": [{"type": "object", "properties": {"a": {"type": "boolean", "enum": [true]}}}, {"type": "object"}]}""", "[{\"a\": true}, {\"a\": false}, {}, \"True\"]" },
        { """{"type": "boolean", "enum": [true]}""", "[true, false, \"True\", null]" },
        { """{"type": "string", "enum": ["True", "1"]}""", "[true, 1, \"1\", null]" },
        { """{"type": ["string", "null"], "minLength": 2}""", "[\"a\", \"ab\", null, 3]" },
        { """{"type": "integer", "minimum": 1, "exclusiveMaximum": 18}""", "[0, 1, 17, 18, 1.5, \"2\", null]" },
        { """{"type": "integer", "enum": [16]}""", "[16, 17]" },
        { """{"type": "object", "required": ["b"], "properties": {"a": {"type": "string"}}, "additionalProperties": false}""", "[{\"a\": \"x\"}, {\"b\": 1}, {\"a\": null, \"b\": 1}, []]" },
        { """{"type": "object", "additionalProperties": {"type": "string"}, "minProperties": 1}""", "[{}, {\"a\": 1}, {\"a\": \"x\"}]" },
        { """{"type": "array", "items": {"type": "string", "pattern": "^[a-z]+$"}, "uniqueItems": true, "maxItems": 2}""", "[[\"a\"], [\"a\", \"a\"], [\"a\n\"], [\"a\", \"b\", \"c\"], [1, 1], [{}, {}]]" },
        { """{"anyOf": [{"type": "string"}, {"type": "integer"}]}""", "[\"a\", 1, true]" },
        { """{"type": "string", "format": "date"}""", "[\"2021-10-26\", \"2021-02-30\", \"26-10-2021\"]" },
        { """{"type": "integer", "minimum": 1, "exclusiveMinimum": true}""", "[0, 1, 2]" },
        { """{"type": "string", "enum": ["2021-10-26T00:00:00", "x"]}""", "[\"2021-10-26T00:00:00\", \"x\", \"y\"]" },
        { """{"type": "object", "properties": {"a": {"$ref": "#/definitions/text", "type": "integer"}, "b": {"$ref": "#/definitions/text", "title": "B"}}, "definitions": {"text": {"type": "string", "maxLength": 2}}}""", "[{\"a\": \"x\"}, {\"a\": 1}, {\"b\": \"xy\"}, {\"b\": \"xyz\"}]" },
        { """{"type": "object", "properties": {"first": {"$ref": "#/definitions/node"}}, "definitions": {"node": {"type": "object", "properties": {"next": {"$ref": "#/definitions/node"}, "name": {"type": "string"}}, "additionalProperties": false}}}""", "[{\"first\": {\"next\": {\"next\": {}}}}, {\"first\": {\"next\": {\"other\": 1}}}, {\"first\": {\"name\": 1}}]" },
    };

    public static TheoryData<string> Documents => new(Yaml.Select(path => Path.GetRelativePath(AppContext.BaseDirectory, path)));

    private static IEnumerable<string> Yaml =>
        Directory.EnumerateFiles(AppContext.BaseDirectory, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [Fact]
    public void The_shortcut_understands_every_part_of_the_register_schema()
    {
        Assert.Empty(Shortcut.Map.Opaque);
    }

    [Fact]
    public void The_register_schema_s_text_and_NJsonSchema_read_every_part_alike()
    {
        Assert.Empty(Shortcut.Map.Disagreements);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task Any_schema_s_text_and_NJsonSchema_read_every_part_alike_or_the_part_is_left_to_NJsonSchema(string schemaJson, string valuesJson)
    {
        _ = valuesJson;
        var schema = await JsonSchema.FromJsonAsync(schemaJson, TestContext.Current.CancellationToken);

        Assert.Empty(ShortcutSchemaValidator.Create(schemaJson, schema).Map.Disagreements);
    }

    [Fact]
    public async Task A_part_NJsonSchema_reads_otherwise_than_the_text_is_reported()
    {
        var (text, schema) = await AgeSchemaReadTwoWays();

        var disagreement = Assert.Single(ShortcutSchemaValidator.Create(text, schema).Map.Disagreements);

        Assert.Equal("#/properties/age: exclusiveMinimum (draft 4): False read from the text, True by NJsonSchema", disagreement);
    }

    [Fact]
    public async Task A_part_NJsonSchema_reads_otherwise_than_the_text_is_left_to_NJsonSchema_with_every_part_around_it()
    {
        var (text, schema) = await AgeSchemaReadTwoWays();
        var shortcut = ShortcutSchemaValidator.Create(text, schema);
        var value = TreeTokens.Of(new JObject { ["age"] = 1 });

        Assert.Empty(shortcut.Map.Shapes);
        AssertSameErrors(Plain.Validate(value, schema), shortcut.Validate(value, schema), "{\"age\": 1}");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Validating_a_register_or_fixture_of_the_repository_finds_what_NJsonSchema_finds(string document)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, document));

        AssertSameAsNJsonSchema(text, document);
    }

    [Fact]
    public void Validating_a_randomly_edited_register_finds_what_NJsonSchema_finds()
    {
        // Every mapping document of the test suite: the small fixtures each show some part of the format, so random
        // edits land on the parts that matter (ages, designations, safeguards, dates) far more often than in one big file.
        var seeds = Yaml
            .Select(path => YamlDocumentReader.Read(File.ReadAllText(path), path, LoadOptions.Default.Limits).Map)
            .Where(map => map.IsComplete)
            .Select(TreeTokens.Of)
            .OfType<JObject>()
            .Append(Read(RegisterGenerator.Generate(3)))
            .ToArray();

        Gen.Select(Gen.Int[0, seeds.Length - 1], Edits(6)).Sample(
            testCase =>
            {
                var edited = Apply(seeds[testCase.Item1].DeepClone(), testCase.Item2);

                AssertSameAsNJsonSchema(edited.ToString(Formatting.Indented), "edited.json");
            },
            iter: 4_000);
    }

    [Fact]
    public void Validating_a_large_register_edited_at_random_gives_NJsonSchema_s_errors_while_checking_activities_in_parallel()
    {
        var seed = Read(RegisterGenerator.Generate(600));

        Edits(20).Sample(
            edits =>
            {
                var edited = TreeTokens.Of(Apply(seed.DeepClone(), edits));

                AssertSameOutcome(edited, tokens: null);
            },
            iter: 40);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task Validating_against_any_schema_finds_what_NJsonSchema_finds(string schemaJson, string valuesJson)
    {
        var schema = await JsonSchema.FromJsonAsync(schemaJson, TestContext.Current.CancellationToken);
        var shortcut = ShortcutSchemaValidator.Create(schemaJson, schema);

        foreach (var value in TreeTokens.Parse(valuesJson).Children())
        {
            AssertSameErrors(Plain.Validate(value, schema), shortcut.Validate(value, schema), value.ToString(Formatting.None));
        }
    }

    /// <summary>
    /// A schema whose text and NJsonSchema's schema differ in one part, as if the text were misread: draft 4's
    /// <c>exclusiveMinimum: true</c> makes 1 too small for NJsonSchema, but not for a reading that missed it.
    /// </summary>
    private static async Task<(string Text, JsonSchema Schema)> AgeSchemaReadTwoWays()
    {
        const string Misread = """{"type": "object", "properties": {"age": {"type": "integer", "minimum": 1}}}""";
        const string Written = """{"type": "object", "properties": {"age": {"type": "integer", "minimum": 1, "exclusiveMinimum": true}}}""";
        return (Misread, await JsonSchema.FromJsonAsync(Written, TestContext.Current.CancellationToken));
    }

    private static Gen<(Edit Kind, int Node, int Value, int Key)[]> Edits(int most) =>
        Gen.Select(Gen.Enum<Edit>(), Gen.Int[0, int.MaxValue], Gen.Int[0, Values.Length - 1], Gen.Int[0, Keys.Length - 1]).Array[1, most];

    private static JToken Read(string text) =>
        TreeTokens.Of(YamlDocumentReader.Read(text, "seed.yaml", new LoadOptions { MaxFileSizeBytes = long.MaxValue }.Limits).Map);

    private static JToken Apply(JToken root, (Edit Kind, int Node, int Value, int Key)[] edits)
    {
        foreach (var (kind, nodeChoice, value, key) in edits)
        {
            // A kind of value first, then a value of that kind, so that rare ones such as whole numbers get edited too.
            var values = new List<JToken> { root };
            if (root is JContainer tree)
            {
                values.AddRange(tree.Descendants().Where(t => t is not JProperty));
            }

            var kinds = values.GroupBy(v => v.Type).ToList();
            var ofKind = kinds[nodeChoice % kinds.Count].ToList();
            var node = ofKind[nodeChoice / kinds.Count % ofKind.Count];
            switch (kind)
            {
                case Edit.Remove when node.Parent is JProperty property:
                    property.Remove();
                    break;
                case Edit.Remove when node.Parent is JArray:
                    node.Remove();
                    break;
                case Edit.Replace when node.Parent is not null:
                    node.Replace(Values[value]());
                    break;
                case Edit.Rename when node.Parent is JProperty { Parent: JObject mapping } property:
                    var name = value % 2 == 0 ? Keys[key] : property.Name[..^1];
                    if (!mapping.ContainsKey(name))
                    {
                        property.Replace(new JProperty(name, property.Value));
                    }

                    break;
                case Edit.Add when node is JObject mapping:
                    mapping[Keys[key]] = Values[value]();
                    break;
                case Edit.Duplicate when node.Parent is JArray:
                    node.AddAfterSelf(node.DeepClone());
                    break;
                case Edit.Clear when node is JContainer container:
                    container.RemoveAll();
                    break;
                case Edit.Perturb when node is JValue scalar && node.Parent is not null:
                    node.Replace(Perturbed(scalar, value));
                    break;
            }
        }

        return root;
    }

    /// <summary>Changes a value a little, the way limits, patterns and enumerations are broken by mistake.</summary>
    private static JValue Perturbed(JValue scalar, int choice) => scalar.Value switch
    {
        string text => (choice % 6) switch
        {
            0 => new JValue(string.Empty),
            1 => new JValue(text + "x"),
            2 => new JValue(text.ToUpperInvariant()),
            3 => new JValue(text.Length > 1 ? text[..^1] : "-"),
            4 => new JValue(text + "\n"),
            _ => new JValue(text + new string('a', 64)),
        },
        long number => new JValue((choice % 6) switch
        {
            0 => number * 10 + 7,
            1 => -number,
            2 => 0L,
            3 => 1L,
            4 => 18L,
            _ => 19L,
        }),
        bool flag => new JValue(!flag),
        _ => JValue.CreateNull(),
    };

    private static void AssertSameAsNJsonSchema(string text, string name)
    {
        var parsed = YamlDocumentReader.Read(text, name, LoadOptions.Default.Limits);
        if (!parsed.Map.IsComplete)
        {
            return;
        }

        var tokens = TokenTree.Of(parsed.Map);
        AssertSameOutcome(tokens.Root, tokens);
    }

    /// <summary>
    /// Requires the same errors and, given where the tokens were written, the same findings; or, where NJsonSchema
    /// fails (as it does on an integer beyond 64 bits), the same failure.
    /// </summary>
    private static void AssertSameOutcome(JToken root, TokenTree? tokens)
    {
        ICollection<ValidationError> expected;
        try
        {
            expected = Plain.Validate(root, RegisterSchema.Schema);
        }
        catch (InvalidCastException failure)
        {
            var same = Assert.Throws<InvalidCastException>(() => Shortcut.Validate(root, RegisterSchema.Schema));
            Assert.Equal(failure.Message, same.Message);
            return;
        }

        AssertSameErrors(expected, Shortcut.Validate(root, RegisterSchema.Schema), "#");
        if (tokens is not null)
        {
            Assert.Equal(SchemaValidator.Describe(expected, tokens), SchemaValidator.Validate(tokens.Map));
        }
    }

    private static void AssertSameErrors(IEnumerable<ValidationError> expected, IEnumerable<ValidationError> actual, string where)
    {
        var wanted = expected.ToList();
        var got = actual.ToList();
        Assert.True(wanted.Count == got.Count, $"{where}: NJsonSchema reports {wanted.Count} errors, the shortcut {got.Count}: {string.Join(", ", got)}");
        for (var i = 0; i < wanted.Count; i++)
        {
            var (w, g) = (wanted[i], got[i]);
            var at = $"{where} > {w}";
            Assert.True(w.GetType() == g.GetType(), at);
            Assert.Equal((w.Kind, w.Property, w.Path, w.HasLineInfo, w.LineNumber, w.LinePosition), (g.Kind, g.Property, g.Path, g.HasLineInfo, g.LineNumber, g.LinePosition));
            Assert.True(ReferenceEquals(w.Token, g.Token), $"{at}: another token");
            Assert.True(ReferenceEquals(w.Schema, g.Schema), $"{at}: another schema");
            switch (w, g)
            {
                case (ChildSchemaValidationError wc, ChildSchemaValidationError gc):
                    AssertSameBranches<JsonSchema>(wc.Errors, gc.Errors, at, (a, b) => ReferenceEquals(a, b));
                    break;
                case (MultiTypeValidationError wm, MultiTypeValidationError gm):
                    AssertSameBranches<JsonObjectType>(wm.Errors, gm.Errors, at, (a, b) => a == b);
                    break;
            }
        }
    }

    private static void AssertSameBranches<TKey>(
        IReadOnlyDictionary<TKey, ICollection<ValidationError>> expected,
        IReadOnlyDictionary<TKey, ICollection<ValidationError>> actual,
        string where,
        Func<TKey, TKey, bool> same)
    {
        var wanted = expected.ToList();
        var got = actual.ToList();
        Assert.True(wanted.Count == got.Count, $"{where}: {wanted.Count} branches, not {got.Count}");
        for (var i = 0; i < wanted.Count; i++)
        {
            Assert.True(same(wanted[i].Key, got[i].Key), $"{where}: branch {i} is another one");
            AssertSameErrors(wanted[i].Value, got[i].Value, $"{where} [{i}]");
        }
    }
}
