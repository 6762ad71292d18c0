using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Rules;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class RuleCatalogueTests
{
    [Fact]
    public void The_catalogue_holds_the_58_gdpr_rules_the_two_acceptance_rules_the_loading_checks_and_the_notice_checks_with_unique_ids()
    {
        var ids = RuleCatalogue.All.Select(rule => rule.Id).ToList();

        Assert.Equal(
            [
                .. Enumerable.Range(1, 42).Select(n => $"RPR{n:000}"),
                "RPR045", "RPR046", "RPR047", "RPR048", "RPR049", "RPR050", "RPR051", "RPR052", "RPR053", "RPR054", "RPR055", "RPR056", "RPR057", "RPR058", "RPR059", "RPR060",
                "RPR090", "RPR091",
                .. Enumerable.Range(100, 13).Select(n => $"RPR{n}"),
                .. Enumerable.Range(120, 7).Select(n => $"RPR{n}"),
                "RPR130", "RPR131", "RPR132", "RPR133",
                "RPR134", "RPR135", "RPR136", "RPR137",
                .. Enumerable.Range(150, 8).Select(n => $"RPR{n}"),
                .. Enumerable.Range(160, 14).Select(n => $"RPR{n}"),
                .. Enumerable.Range(200, 6).Select(n => $"RPR{n}"),
            ],
            ids);
    }

    [Fact]
    public void Every_id_that_loading_can_report_is_in_the_catalogue_as_a_check_whose_severity_cannot_change()
    {
        var loadingIds = typeof(DiagnosticIds).GetFields().Select(field => (string)field.GetRawConstantValue()!);

        Assert.All(loadingIds, id => Assert.False(RuleCatalogue.Find(id)?.SeverityCanChange ?? true, id));
    }

    [Theory]
    [InlineData("RPR100", RuleStage.Reading)]
    [InlineData("RPR112", RuleStage.Reading)]
    [InlineData("RPR120", RuleStage.Schema)]
    [InlineData("RPR131", RuleStage.References)]
    [InlineData("RPR165", RuleStage.Import)]
    [InlineData("RPR024", RuleStage.Review)]
    [InlineData("RPR091", RuleStage.Review)]
    public void Every_rule_names_the_stage_that_checks_it(string id, RuleStage stage)
    {
        Assert.Equal(stage, RuleCatalogue.Find(id)?.Stage);
    }

    [Fact]
    public void Every_rule_says_what_it_checks_why_it_matters_and_how_to_fix_it()
    {
        Assert.All(RuleCatalogue.All, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Title), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Articles), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Description), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Rationale), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Fix), rule.Id);
        });
    }

    [Fact]
    public void Every_rule_of_the_review_rests_on_an_article()
    {
        Assert.All(RuleCatalogue.All.Where(rule => rule.Stage == RuleStage.Review), rule => Assert.Contains("Art.", rule.Articles, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_rule_class_of_the_library_is_in_the_catalogue()
    {
        var classes = typeof(Rule).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(Rule)) && !type.IsAbstract)
            .Select(type => type.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(classes, RuleCatalogue.Rules.Select(rule => rule.GetType().Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_rule_is_found_by_its_id()
    {
        Assert.Equal("RPR024", RuleCatalogue.Find("RPR024")?.Id);
        Assert.Null(RuleCatalogue.Find("RPR999"));
    }

    [Fact]
    public void A_check_made_while_loading_is_found_by_its_id()
    {
        Assert.Equal("Unknown key", RuleCatalogue.Find(DiagnosticIds.UnknownProperty)?.Title);
    }

    [Fact]
    public void The_clean_fixture_draws_no_warning_and_no_error_from_any_rule()
    {
        Assert.DoesNotContain(RuleFixture.Review("clean.yaml"), d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void The_example_register_draws_no_warning_and_no_error_that_it_does_not_accept()
    {
        var loaded = RegisterLoader.LoadFile(Support.Fixture.Register("example.yaml"));

        Assert.DoesNotContain(RegisterValidator.Validate(loaded, RuleFixture.Options), d => d.Severity >= DiagnosticSeverity.Warning && !d.IsAccepted);
    }

    [Fact]
    public void Reviewing_a_register_that_failed_to_load_is_a_programmer_error()
    {
        var failed = RegisterLoader.Parse("register: [", "broken.yaml");

        Assert.Throws<ArgumentException>(() => RegisterValidator.Validate(failed));
    }
}
