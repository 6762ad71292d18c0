using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Tests.Generation;
using Binatic.ProcessingRegister.Tests.Support;
using CsCheck;

namespace Binatic.ProcessingRegister.Tests.Export;

/// <summary>
/// YAML → model → JSON → model gives the model it started from, and the JSON on the way is valid for the schema,
/// as our loader and as an independent validator read it. JSON is YAML 1.2, so the loader reads it as it is.
/// </summary>
public sealed class JsonRoundTripTests
{
    public static TheoryData<string> Registers => new(
        Directory.EnumerateFiles(Path.GetDirectoryName(Fixture.Register("example.yaml"))!, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Registers))]
    public void Every_register_in_the_repository_loads_back_from_its_json_unchanged(string name)
    {
        var register = RegisterLoader.LoadFile(Fixture.Register(name)).GetRegisterOrThrow();

        AssertLoadsBackUnchanged(register, JsonExport.ToJson(register));
    }

    [Theory]
    [MemberData(nameof(Registers))]
    public void Every_register_in_the_repository_loads_back_from_its_compact_json_unchanged(string name)
    {
        var register = RegisterLoader.LoadFile(Fixture.Register(name)).GetRegisterOrThrow();

        AssertLoadsBackUnchanged(register, JsonExport.ToJson(register, new JsonExportOptions { Indented = false }));
    }

    [Theory]
    [MemberData(nameof(Registers))]
    public void Every_register_in_the_repository_exports_json_an_independent_validator_accepts(string name)
    {
        var register = RegisterLoader.LoadFile(Fixture.Register(name)).GetRegisterOrThrow();

        var errors = ExportedJson.IndependentErrors(JsonExport.ToJson(register));

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Generated_registers_load_back_from_their_json_unchanged()
    {
        RegisterGenerator.Arbitrary.Sample(register => AssertLoadsBackUnchanged(register, JsonExport.ToJson(register)), iter: 1000);
    }

    [Fact]
    public void Generated_registers_load_back_from_their_compact_json_unchanged()
    {
        RegisterGenerator.Arbitrary.Sample(register => AssertLoadsBackUnchanged(register, JsonExport.ToJson(register, new JsonExportOptions { Indented = false })));
    }

    [Fact]
    public void Generated_registers_export_json_an_independent_validator_accepts()
    {
        RegisterGenerator.Arbitrary.Sample(register =>
        {
            var errors = ExportedJson.IndependentErrors(JsonExport.ToJson(register));

            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        });
    }

    [Fact]
    public void Generated_registers_export_their_keys_in_the_order_the_schema_lists_them()
    {
        RegisterGenerator.Arbitrary.Sample(register =>
        {
            var outOfOrder = ExportedJson.KeysOutOfSchemaOrder(JsonExport.ToJson(register));

            Assert.True(outOfOrder.Count == 0, string.Join(Environment.NewLine, outOfOrder));
        });
    }

    [Fact]
    public void A_register_that_keeps_both_records_loads_back_from_its_json_unchanged()
    {
        AssertLoadsBackUnchanged(BothRecords, JsonExport.ToJson(BothRecords));
    }

    [Fact]
    public void A_register_that_keeps_both_records_loads_back_from_its_compact_json_unchanged()
    {
        AssertLoadsBackUnchanged(BothRecords, JsonExport.ToJson(BothRecords, new JsonExportOptions { Indented = false }));
    }

    [Fact]
    public void A_register_that_keeps_both_records_exports_json_an_independent_validator_accepts()
    {
        var errors = ExportedJson.IndependentErrors(JsonExport.ToJson(BothRecords));

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    // The round trip above finds a field the export forgets only if the fixture sets it; this keeps the fixture
    // honest when a field is added to the processor's record.
    [Fact]
    public void The_register_that_keeps_both_records_sets_every_field_of_the_processors_record()
    {
        var unset = ModelFields.NeverSet(BothRecords.ProcessorRecord!);

        Assert.True(unset.Count == 0, "Never set in controller-and-processor.yaml: " + string.Join(", ", unset));
    }

    private static Register BothRecords => RegisterLoader.LoadFile(Fixture.Path("controller-and-processor.yaml")).GetRegisterOrThrow();

    private static void AssertLoadsBackUnchanged(Register register, string json)
    {
        var loaded = RegisterLoader.Parse(json, "export.json");

        Assert.True(loaded.Diagnostics.Count == 0, string.Join(Environment.NewLine, loaded.Diagnostics) + Environment.NewLine + json);
        Assert.Equal(register, loaded.Register);
    }
}
