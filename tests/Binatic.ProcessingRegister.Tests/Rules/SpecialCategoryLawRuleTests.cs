using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Rules;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class SpecialCategoryLawRuleTests
{
    [Fact]
    public void Health_or_social_care_without_the_law_it_rests_on_is_a_warning_at_the_condition()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR045", "rpr045-condition-without-law.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/activities/0/specialCategoryConditions/0/condition", finding.JsonPointer);
        Assert.Equal((29, 20), (finding.Line, finding.Column));
        Assert.Equal("'Verstrekken van maatwerkvoorzieningen Wmo' relies on Art. 9(2)(h) (health or social care) without the law, or the contract with a health professional, it rests on; add 'law' with the act and article (Art. 9(2)(h), 9(3)).", finding.Message);
    }

    [Theory]
    [InlineData("employmentAndSocialSecurity", "Art. 9(2)(b) (employment and social-security law) without the law or collective agreement that authorises the processing; add 'law' with the act and article (Art. 9(2)(b)).")]
    [InlineData("substantialPublicInterest", "Art. 9(2)(g) (substantial public interest) without the Union or Member State law it rests on; add 'law' with the act and article (Art. 9(2)(g)).")]
    [InlineData("publicHealth", "Art. 9(2)(i) (public health) without the Union or Member State law it rests on; add 'law' with the act and article (Art. 9(2)(i)).")]
    [InlineData("archivingResearchOrStatistics", "Art. 9(2)(j) (archiving, research or statistics) without the Union or Member State law it rests on; add 'law' with the act and article (Art. 9(2)(j), 89(1)).")]
    public void Every_condition_that_applies_only_on_the_basis_of_law_asks_for_it(string condition, string message)
    {
        var yaml = File.ReadAllText(Fixture.Path("rpr045-condition-without-law.yaml")).Replace("condition: healthOrSocialCare", $"condition: {condition}", StringComparison.Ordinal);

        var finding = Assert.Single(RegisterValidator.Validate(RegisterLoader.Parse(yaml, "register.yaml"), RuleFixture.Options), d => d.RuleId == "RPR045");

        Assert.Equal("'Verstrekken van maatwerkvoorzieningen Wmo' relies on " + message, finding.Message);
    }

    [Fact]
    public void A_condition_that_names_its_law_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR045", "rpr045-condition-with-law.yaml"));
    }

    [Fact]
    public void Explicit_consent_and_vital_interests_need_no_law()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR045", "rpr045-explicit-consent-without-law.yaml"));
    }
}
