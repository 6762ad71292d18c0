using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Parsing;
using Binatic.ProcessingRegister.Schema;
using Binatic.ProcessingRegister.Schema.Shortcut;

namespace Binatic.ProcessingRegister.Tests.Schema;

public sealed class RegisterSchemaTests
{
    [Fact]
    public void The_embedded_schema_loads_with_its_definitions_resolved()
    {
        var activity = RegisterSchema.Schema.Properties["activities"].ActualSchema.Item!.ActualSchema;

        Assert.Equal("Processing activity", activity.Title);
    }

    [Fact]
    public async Task The_schema_is_loaded_once_and_shared_between_threads()
    {
        var schemas = await Task.WhenAll(
            Enumerable.Range(0, 8).Select(_ => Task.Run(() => RegisterSchema.Schema, TestContext.Current.CancellationToken)));

        Assert.All(schemas, schema => Assert.Same(RegisterSchema.Schema, schema));
    }

    [Fact]
    public void Validating_a_valid_register_does_not_load_NJsonSchema_s_schema()
    {
        var map = Read("valid.yaml");
        var loads = 0;

        var findings = SchemaValidator.Validate(map, () => Load(ref loads));

        Assert.Equal((0, 0), (findings.Count, loads));
    }

    [Fact]
    public void Validating_an_invalid_register_loads_NJsonSchema_s_schema_once_and_reports_what_it_finds()
    {
        var map = Read("unknown-key.yaml");
        var loads = 0;

        var findings = SchemaValidator.Validate(map, () => Load(ref loads));

        Assert.Equal(1, loads);
        var tokens = TokenTree.Of(map);
        Assert.Equal(SchemaValidator.Describe(new NJsonSchema.Validation.JsonSchemaValidator().Validate(tokens.Root, RegisterSchema.Schema), tokens), findings);
    }

    private static ShortcutSchemaValidator Load(ref int loads)
    {
        loads++;
        return ShortcutSchemaValidator.Create(RegisterSchema.Text, RegisterSchema.Schema);
    }

    private static SourceMap Read(string fixture)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "Fixtures", fixture));
        return YamlDocumentReader.Read(text, fixture, LoadOptions.Default.Limits).Map;
    }
}
