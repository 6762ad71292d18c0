using Binatic.ProcessingRegister.Tests.Generation;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Rules;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Rules;

/// <summary>
/// Reviewing a register costs in proportion to its size only if no rule weighs one activity against all the others.
/// These tests pin down the outward sign of that: a register of the same activities twice over gets each
/// activity's findings twice and the register's own once, and acceptances stay tied to their own activity however
/// many there are. Speed itself is measured in the benchmarks, never here.
/// </summary>
public sealed class RegisterSizeTests
{
    private static readonly Register Generated = RegisterLoader.Parse(RegisterGenerator.Generate(100), "generated.yaml").GetRegisterOrThrow();

    [Fact]
    public void Reviewing_a_register_of_the_same_activities_twice_over_finds_each_activitys_problems_twice()
    {
        var once = Review(Generated);
        var twice = Review(Generated with { Activities = ValueArray.Create([.. Generated.Activities, .. Generated.Activities]) });

        Assert.NotEmpty(once);
        Assert.Equal(
            Count(once).Select(pair => (pair.Rule, pair.InActivities * 2, pair.Elsewhere)),
            Count(twice).Select(pair => (pair.Rule, pair.InActivities, pair.Elsewhere)));
    }

    [Fact]
    public void Reviewing_a_register_where_every_activity_accepts_a_rule_accepts_each_finding_with_its_own_activitys_reason()
    {
        var activities = Generated.Activities
            .Select((activity, i) => activity with { Accepted = ValueArray.Create([new Acceptance { Rule = "RPR012", Reason = $"Reason {i}." }]) })
            .ToArray();

        var findings = Review(Generated with { Activities = ValueArray.Create(activities) });

        var accepted = findings.Where(finding => finding.RuleId == "RPR012").ToList();
        Assert.NotEmpty(accepted);
        Assert.All(accepted, finding => Assert.Equal($"Reason {ActivityIndex(finding)}.", finding.AcceptedReason));
    }

    [Fact]
    public void An_acceptance_on_one_activity_does_not_cover_an_activity_whose_number_starts_with_the_same_digits()
    {
        var register = RegisterLoader.LoadFile(Fixture.Path("accepted-with-reason.yaml")).GetRegisterOrThrow();
        var marketing = register.Activities[0];
        var activities = Enumerable.Range(0, 13).Select(i => i == 1 ? marketing : marketing with { Accepted = default }).ToArray();

        var findings = Review(register with { Activities = ValueArray.Create(activities) });

        var rpr013 = findings.Where(finding => finding.RuleId == "RPR013").ToDictionary(ActivityIndex);
        Assert.True(rpr013[1].IsAccepted);
        Assert.False(rpr013[12].IsAccepted);
        Assert.False(rpr013[10].IsAccepted);
    }

    private static IReadOnlyList<Diagnostic> Review(Register register) => RegisterValidator.Validate(register, RuleFixture.Options);

    private static int ActivityIndex(Diagnostic finding) =>
        int.Parse(finding.JsonPointer.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<(string Rule, int InActivities, int Elsewhere)> Count(IReadOnlyList<Diagnostic> findings) =>
        findings
            .GroupBy(finding => finding.RuleId, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => (
                group.Key,
                group.Count(finding => finding.JsonPointer.StartsWith("/activities/", StringComparison.Ordinal)),
                group.Count(finding => !finding.JsonPointer.StartsWith("/activities/", StringComparison.Ordinal))));
}
