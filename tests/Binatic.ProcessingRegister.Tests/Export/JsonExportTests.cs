using System.Text.Json;
using System.Text;
using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Export;

public sealed class JsonExportTests
{
    private static Register Example => RegisterLoader.LoadFile(Fixture.Register("example.yaml")).GetRegisterOrThrow();

    private static Register Minimal => RegisterLoader.LoadFile(Fixture.Path("minimal.yaml")).GetRegisterOrThrow();

    private static Register ProcessorExample => RegisterLoader.LoadFile(Fixture.Register("verwerker-voorbeeld.yaml")).GetRegisterOrThrow();

    private static Register BothRecords => RegisterLoader.LoadFile(Fixture.Path("controller-and-processor.yaml")).GetRegisterOrThrow();

    [Fact]
    public void Exporting_the_example_register_gives_the_approved_json()
    {
        Approvals.Verify(JsonExport.ToJson(Example), "json");
    }

    [Fact]
    public void Exporting_the_processor_example_register_gives_the_approved_json()
    {
        Approvals.Verify(JsonExport.ToJson(ProcessorExample), "json");
    }

    [Fact]
    public void Exporting_the_same_register_twice_gives_identical_bytes()
    {
        var text = File.ReadAllText(Fixture.Register("binatic.yaml"));

        var first = Bytes(RegisterLoader.Parse(text, "first.yaml").GetRegisterOrThrow());
        var second = Bytes(RegisterLoader.Parse(text, "second.yaml").GetRegisterOrThrow());

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_text_and_the_stream_carry_the_same_bytes()
    {
        Assert.Equal(Encoding.UTF8.GetBytes(JsonExport.ToJson(Example)), Bytes(Example));
    }

    [Fact]
    public void The_stream_is_left_open_for_the_caller()
    {
        using var stream = new MemoryStream();

        JsonExport.Write(Example, stream);

        Assert.True(stream.CanWrite);
    }

    [Fact]
    public void The_stream_gets_no_byte_order_mark()
    {
        Assert.Equal((byte)'{', Bytes(Minimal)[0]);
    }

    [Fact]
    public void Indented_output_uses_two_spaces_a_level_and_line_feeds_only()
    {
        var json = JsonExport.ToJson(Minimal);

        Assert.DoesNotContain('\r', json);
        Assert.StartsWith("{\n  \"register\": {\n    \"language\": \"nl\"\n  },\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Compact_output_is_one_line()
    {
        var json = JsonExport.ToJson(Example, new JsonExportOptions { Indented = false });

        Assert.Equal(json.Length - 1, json.IndexOf('\n', StringComparison.Ordinal));
        Assert.StartsWith("{\"register\":{\"language\":\"en\",", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Compact_and_indented_output_hold_the_same_json()
    {
        using var indented = JsonDocument.Parse(JsonExport.ToJson(Example));
        using var compact = JsonDocument.Parse(JsonExport.ToJson(Example, new JsonExportOptions { Indented = false }));

        Assert.True(JsonElement.DeepEquals(indented.RootElement, compact.RootElement));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_output_ends_with_one_line_feed(bool indented)
    {
        var json = JsonExport.ToJson(Minimal, new JsonExportOptions { Indented = indented });

        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_come_in_the_order_the_schema_lists_them()
    {
        var outOfOrder = ExportedJson.KeysOutOfSchemaOrder(JsonExport.ToJson(Example));

        Assert.True(outOfOrder.Count == 0, string.Join(Environment.NewLine, outOfOrder));
    }

    [Fact]
    public void Keys_of_a_processors_record_come_in_the_order_the_schema_lists_them()
    {
        var outOfOrder = ExportedJson.KeysOutOfSchemaOrder(JsonExport.ToJson(BothRecords));

        Assert.True(outOfOrder.Count == 0, string.Join(Environment.NewLine, outOfOrder));
    }

    [Fact]
    public void A_controllers_register_is_written_without_its_role()
    {
        Assert.False(Root(Minimal).GetProperty("register").TryGetProperty("role", out _));
    }

    [Theory]
    [InlineData(RegisterRole.Processor, "processor")]
    [InlineData(RegisterRole.ControllerAndProcessor, "controllerAndProcessor")]
    public void A_register_that_keeps_a_processors_record_is_written_with_its_role(RegisterRole role, string written)
    {
        var register = Minimal with { Info = Minimal.Info with { Role = role } };

        Assert.Equal(written, Root(register).GetProperty("register").GetProperty("role").GetString());
    }

    [Fact]
    public void A_processor_only_register_is_written_without_catalogues_or_activities()
    {
        var root = Root(ProcessorExample);

        Assert.False(root.TryGetProperty("dataSubjectCategories", out _));
        Assert.False(root.TryGetProperty("dataCategories", out _));
        Assert.False(root.TryGetProperty("activities", out _));
    }

    [Theory]
    [InlineData(RegisterRole.Controller)]
    [InlineData(RegisterRole.ControllerAndProcessor)]
    public void A_controllers_register_is_written_with_its_catalogues_and_activities_even_when_empty(RegisterRole role)
    {
        var register = Minimal with { Info = Minimal.Info with { Role = role }, DataSubjectCategories = [], DataCategories = [], Activities = [] };

        var root = Root(register);

        Assert.Equal(0, root.GetProperty("dataSubjectCategories").GetArrayLength());
        Assert.Equal(0, root.GetProperty("dataCategories").GetArrayLength());
        Assert.Equal(0, root.GetProperty("activities").GetArrayLength());
    }

    [Fact]
    public void Activities_in_a_processor_only_register_are_written_and_refused_when_loaded()
    {
        var register = Minimal with { Info = Minimal.Info with { Role = RegisterRole.Processor } };

        var json = JsonExport.ToJson(register);

        Assert.Equal(1, Root(register).GetProperty("activities").GetArrayLength());
        Assert.False(RegisterLoader.Parse(json, "export.json").Success);
    }

    [Fact]
    public void Absent_values_are_left_out_rather_than_written_as_null()
    {
        Assert.DoesNotContain("null", JsonExport.ToJson(Minimal), StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_the_loader_fills_in_are_left_out()
    {
        var register = RegisterLoader.LoadFile(Fixture.Path("explicit-defaults.yaml")).GetRegisterOrThrow();

        var json = JsonExport.ToJson(register);

        Assert.DoesNotContain("false", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"available\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_channel_that_is_not_available_is_written_with_available_false()
    {
        var register = Minimal with
        {
            DataSubjectRights = new DataSubjectRightsPolicy { Channels = [new ContactChannel { Kind = ChannelKind.Phone, IsAvailable = false }] },
        };

        Assert.Contains("\"channels\": [\n      {\n        \"kind\": \"phone\",\n        \"available\": false\n      }\n    ]", JsonExport.ToJson(register), StringComparison.Ordinal);
    }

    [Fact]
    public void An_activity_that_says_its_data_goes_to_nobody_is_written_with_empty_recipients()
    {
        var register = Minimal with { Activities = [Minimal.Activities[0] with { Recipients = [] }] };

        Assert.Equal(JsonValueKind.Array, Activity(register).GetProperty("recipients").ValueKind);
        Assert.Equal(0, Activity(register).GetProperty("recipients").GetArrayLength());
    }

    [Fact]
    public void An_activity_that_does_not_say_who_receives_its_data_is_written_without_recipients()
    {
        var register = Minimal with { Activities = [Minimal.Activities[0] with { Recipients = null }] };

        Assert.False(Activity(register).TryGetProperty("recipients", out _));
    }

    [Fact]
    public void Lists_the_schema_requires_are_written_even_when_empty()
    {
        var register = Minimal with { Activities = [Minimal.Activities[0] with { Purposes = [], LegalBases = [] }] };

        Assert.Equal(0, Activity(register).GetProperty("purposes").GetArrayLength());
        Assert.Equal(0, Activity(register).GetProperty("legalBases").GetArrayLength());
    }

    [Fact]
    public void Enums_are_spelled_as_in_the_yaml()
    {
        var basis = Activity(Example, 1).GetProperty("legalBases")[0].GetProperty("basis").GetString();

        Assert.Equal("legitimateInterests", basis);
    }

    [Fact]
    public void Dates_are_written_as_year_month_day()
    {
        var register = Minimal with { Info = Minimal.Info with { PolicyDate = new DateOnly(2021, 10, 6) } };

        Assert.Contains("\"policyDate\": \"2021-10-06\"", JsonExport.ToJson(register), StringComparison.Ordinal);
    }

    [Fact]
    public void Periods_are_written_in_iso_8601()
    {
        var register = Minimal with
        {
            Activities = [Minimal.Activities[0] with { Retention = [new RetentionRule { Period = new IsoPeriod(1, 6, 0, 0) }] }],
        };

        Assert.Equal("P1Y6M", Activity(register).GetProperty("retention")[0].GetProperty("period").GetString());
    }

    [Fact]
    public void Text_keeps_its_letters_readable()
    {
        var register = Minimal with { Info = Minimal.Info with { Title = "Register van De Vries & Zonen — financiële gegevens, +31 <info>" } };

        Assert.Contains("\"title\": \"Register van De Vries & Zonen — financiële gegevens, +31 <info>\"", JsonExport.ToJson(register), StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_that_yaml_readers_take_for_line_breaks_are_escaped()
    {
        var register = Minimal with { Info = Minimal.Info with { Title = "a\u0085b\u2028c\u2029d" } };

        Assert.Contains(@"""title"": ""a\u0085b\u2028c\u2029d""", JsonExport.ToJson(register), StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_the_schema_would_refuse_is_written_as_it_is_and_refused_when_loaded()
    {
        var register = Minimal with
        {
            Controllers = [Minimal.Controllers[0] with { DataProtectionOfficer = new Designation { IsDesignated = true, Note = "Forgot the name." } }],
        };

        var json = JsonExport.ToJson(register);

        Assert.Contains("\"note\": \"Forgot the name.\"", json, StringComparison.Ordinal);
        Assert.False(RegisterLoader.Parse(json, "export.json").Success);
    }

    private static JsonElement Root(Register register)
    {
        using var document = JsonDocument.Parse(JsonExport.ToJson(register));
        return document.RootElement.Clone();
    }

    private static JsonElement Activity(Register register, int index = 0)
    {
        using var document = JsonDocument.Parse(JsonExport.ToJson(register));
        return document.RootElement.GetProperty("activities")[index].Clone();
    }

    private static byte[] Bytes(Register register)
    {
        using var stream = new MemoryStream();
        JsonExport.Write(register, stream);
        return stream.ToArray();
    }
}
