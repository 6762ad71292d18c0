using Binatic.ProcessingRegister.Binding;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Binatic.ProcessingRegister.Tests.Model;

/// <summary>The schema is the one definition of the format; every closed list in it must match an enum of the model exactly.</summary>
public sealed class SchemaAndModelAgreementTests
{
    private static readonly JObject Schema = JObject.Parse(File.ReadAllText(Fixture.SchemaFile));

    public static TheoryData<string, string[]> ClosedLists => new()
    {
        { "/properties/register/properties/language", WireNames.All<RegisterLanguage>().ToArray() },
        { "/definitions/dataCategory/properties/specialCategory", WireNames.All<SpecialCategory>().ToArray() },
        { "/definitions/recipient/properties/kind", WireNames.All<RecipientKind>().ToArray() },
        { "/definitions/recipient/properties/role", WireNames.All<RecipientRole>().ToArray() },
        { "/definitions/securityMeasure/properties/kind", WireNames.All<SecurityMeasureKind>().ToArray() },
        { "/definitions/securityMeasure/properties/objectives/items", WireNames.All<SecurityObjective>().ToArray() },
        { "/definitions/source/properties/kind", WireNames.All<SourceKind>().ToArray() },
        { "/definitions/specialCategoryCondition/properties/condition", WireNames.All<Article9Condition>().ToArray() },
        { "/definitions/dpia/properties/status", WireNames.All<DpiaStatus>().ToArray() },
        { "/definitions/safeguard/oneOf/1/properties/derogation", WireNames.All<Article49Derogation>().ToArray() },
        { "/definitions/transfer/properties/frequency", WireNames.All<TransferFrequency>().ToArray() },
        { "/definitions/channel/properties/kind", WireNames.All<ChannelKind>().ToArray() },
        { "/definitions/right/properties/right", WireNames.All<DataSubjectRightKind>().ToArray() },
    };

    [Theory]
    [MemberData(nameof(ClosedLists))]
    public void Every_closed_list_in_the_schema_matches_its_enum(string schemaPath, string[] wireNames)
    {
        Assert.Equal(wireNames.Order(StringComparer.Ordinal), EnumAt(schemaPath).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_legal_bases_of_the_schema_are_the_six_of_article_6_1()
    {
        var bases = ((JArray)Schema.SelectToken("definitions.legalBasis.oneOf")!)
            .Select(branch => (string)branch.SelectToken("properties.basis.enum[0]")!);

        Assert.Equal(WireNames.All<LegalBasis>().Order(StringComparer.Ordinal), bases.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_safeguards_of_the_schema_are_the_safeguard_types_of_the_model()
    {
        var types = ((JArray)Schema.SelectToken("definitions.safeguard.oneOf")!)
            .SelectMany(branch => branch.SelectToken("properties.type.enum")!.Values<string>());

        Assert.Equal(WireNames.All<SafeguardType>().Order(StringComparer.Ordinal), types.Order(StringComparer.Ordinal)!);
    }

    private static IEnumerable<string> EnumAt(string schemaPath)
    {
        JToken node = Schema;
        foreach (var part in schemaPath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node is JArray array ? array[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)] : node[part]!;
        }

        return node["enum"]!.Values<string>()!;
    }
}
