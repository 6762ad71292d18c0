using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class GroupCompanyRoleRuleTests
{
    private const string Fixture = "rpr034-group-companies.yaml";

    [Fact]
    public void A_group_company_without_a_role_is_a_warning_at_the_company()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR034", Fixture), d => d.JsonPointer.EndsWith("/role", StringComparison.Ordinal));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/recipients/0/role", finding.JsonPointer);
        Assert.Equal((14, 5), (finding.Line, finding.Column));
        Assert.Contains("'sister-companies'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_company_without_a_location_is_a_warning_at_the_company()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR034", Fixture), d => d.JsonPointer.EndsWith("/location", StringComparison.Ordinal));

        Assert.Equal("/recipients/0/location", finding.JsonPointer);
        Assert.Equal((14, 5), (finding.Line, finding.Column));
    }

    [Fact]
    public void A_group_company_with_role_and_location_and_a_third_party_without_a_role_pass()
    {
        Assert.All(RuleFixture.FindingsOf("RPR034", Fixture), d => Assert.StartsWith("/recipients/0/", d.JsonPointer, StringComparison.Ordinal));
    }
}
