using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Parsing;
using Binatic.ProcessingRegister.Schema;

namespace Binatic.ProcessingRegister.Tests.Schema;

public sealed class OrganisationSchemaTests
{
    [Fact]
    public void A_controller_listed_under_controllers_without_an_id_is_told_to_add_one()
    {
        var diagnostic = Assert.Single(Validate("controller-without-id.yaml"));

        Assert.Equal((DiagnosticIds.MissingProperty, 6, 5, "/controllers/1"), (diagnostic.RuleId, diagnostic.Line, diagnostic.Column, diagnostic.JsonPointer));
        Assert.Equal("The listed controller at /controllers/1 has no 'id'; add it: the id by which activities name this controller under 'controllers'.", diagnostic.Message);
    }

    [Fact]
    public void A_joint_controller_arrangement_without_parties_is_told_to_list_one()
    {
        var diagnostic = Assert.Single(Validate("arrangement-without-parties.yaml"));

        Assert.Equal((DiagnosticIds.ConstraintViolated, "/jointControllerArrangements/0/parties"), (diagnostic.RuleId, diagnostic.JsonPointer));
        Assert.Equal("'parties' at /jointControllerArrangements/0/parties is an empty list; list at least 1 entry.", diagnostic.Message);
    }

    private static IReadOnlyList<Diagnostic> Validate(string fixture)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "Fixtures", fixture));
        return SchemaValidator.Validate(YamlDocumentReader.Read(text, fixture, LoadOptions.Default.Limits).Map);
    }
}
