using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Rules;

namespace Binatic.ProcessingRegister.Tests.Generation;

/// <summary>
/// The generated registers the benchmarks measure: they must be registers the tool accepts, shaped as the
/// performance targets describe (docs/performance.md), or the figures would measure the error path.
/// </summary>
public sealed class RegisterGeneratorTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    public void A_generated_register_loads_without_errors(int activities)
    {
        var loaded = RegisterLoader.Parse(RegisterGenerator.Generate(activities), "generated.yaml");

        Assert.True(loaded.Success, string.Join(Environment.NewLine, loaded.Diagnostics));
        Assert.Empty(loaded.Diagnostics);
    }

    [Fact]
    public void The_GDPR_rules_find_no_errors_in_a_generated_register()
    {
        var loaded = RegisterLoader.Parse(RegisterGenerator.Generate(100), "generated.yaml");

        var errors = RegisterValidator.Validate(loaded).Where(finding => finding.Severity == DiagnosticSeverity.Error);

        Assert.Empty(errors);
    }

    [Fact]
    public void A_generated_register_has_the_number_of_activities_asked_for()
    {
        var register = RegisterLoader.Parse(RegisterGenerator.Generate(100), "generated.yaml").GetRegisterOrThrow();

        Assert.Equal(100, register.Activities.Count);
        Assert.Equal(RegisterGenerator.DataCategoryCount, register.DataCategories.Count);
    }

    [Fact]
    public void Every_generated_activity_has_as_many_purposes_categories_and_bases_as_the_targets_describe()
    {
        var register = RegisterLoader.Parse(RegisterGenerator.Generate(100), "generated.yaml").GetRegisterOrThrow();

        Assert.All(register.Activities, activity =>
        {
            Assert.InRange(activity.Purposes.Count, 5, 15);
            Assert.InRange(activity.DataCategories.Count, 10, 30);
            Assert.InRange(activity.LegalBases.Count, 1, 3);
            Assert.True(activity.Recipients is { Count: > 0 }, $"{activity.Id} has no recipients");
            Assert.NotEmpty(activity.Retention);
            Assert.NotEmpty(activity.SecurityMeasures);
        });
    }

    [Fact]
    public void The_same_number_of_activities_gives_the_same_text()
    {
        Assert.Equal(RegisterGenerator.Generate(50), RegisterGenerator.Generate(50));
    }

    [Fact]
    public void Some_generated_activities_have_transfers_and_comments()
    {
        var text = RegisterGenerator.Generate(100);
        var register = RegisterLoader.Parse(text, "generated.yaml").GetRegisterOrThrow();

        Assert.Contains(register.Activities, activity => activity.Transfers.Count > 0);
        Assert.Contains("  # Reviewed with the department", text, StringComparison.Ordinal);
    }
}
