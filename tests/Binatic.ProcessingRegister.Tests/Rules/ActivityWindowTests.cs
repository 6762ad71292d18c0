using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Rules;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Rules;

/// <summary>
/// The validator runs every rule over one window of activities before it moves on to the next, for the processor's
/// cache (see <see cref="ActivityWindow"/>). These tests pin down that this changes nothing but the speed: each
/// activity's findings come from exactly one window, wherever the window edges fall, and the register's own findings
/// come once, after all windows.
/// </summary>
public sealed class ActivityWindowTests
{
    // The Binatic register has findings on its activities and on its controller, parties, register-wide transfer and
    // retention policy, so it has something to lose or double on both sides.
    private static readonly Register Binatic = Fixture.BinaticRegister;

    [Fact]
    public void The_windows_cover_every_activity_once_and_in_order()
    {
        const int size = ActivityWindow.Size;

        Assert.Equal(
            [new ActivityWindow(0, size), new ActivityWindow(size, 2 * size), new ActivityWindow(2 * size, (2 * size) + 1)],
            ActivityWindow.Covering((2 * size) + 1));
    }

    [Fact]
    public void A_register_without_activities_has_no_windows()
    {
        Assert.Empty(ActivityWindow.Covering(0));
    }

    [Fact]
    public void A_register_larger_than_one_window_gets_each_activity_s_findings_exactly_once()
    {
        var count = (2 * ActivityWindow.Size) + 1;

        var findings = Review(Cycled(count));

        var alone = Binatic.Activities.Select(activity => OfActivity(Review(Binatic with { Activities = [activity] }), 0)).ToList();
        Assert.All(alone, Assert.NotEmpty);
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(alone[i % alone.Count], OfActivity(findings, i));
        }
    }

    [Theory]
    [InlineData(ActivityWindow.Size)]
    [InlineData(ActivityWindow.Size + 1)]
    [InlineData((3 * ActivityWindow.Size) + 1)]
    public void A_register_wide_finding_appears_exactly_once_however_many_windows_there_are(int count)
    {
        var expected = OutsideActivities(Review(Binatic));

        var findings = OutsideActivities(Review(Cycled(count)));

        Assert.Contains(expected, finding => finding.Pointer.StartsWith("/transfers/", StringComparison.Ordinal));
        Assert.Distinct(findings);
        Assert.Equal(expected, findings);
    }

    [Fact]
    public void An_acceptance_on_an_activity_in_a_later_window_covers_its_finding_and_is_not_reported_as_stale()
    {
        var count = (3 * ActivityWindow.Size) + 1;
        var cycled = Cycled(count);
        var last = cycled.Activities[count - 1];
        var rule = OfActivity(Review(Binatic with { Activities = [last] }), 0)[0].Rule;
        var accepting = last with { Accepted = [new Acceptance { Rule = rule, Reason = "accepted in the last window" }] };

        var findings = Review(cycled with { Activities = ValueArray.Create([.. cycled.Activities.Take(count - 1), accepting]) });

        var covered = OfActivity(findings, count - 1).Where(finding => finding.Rule == rule).ToList();
        Assert.NotEmpty(covered);
        Assert.All(covered, finding => Assert.Equal("accepted in the last window", finding.AcceptedReason));
        Assert.DoesNotContain(findings, finding => finding.RuleId == AcceptanceRules.NoLongerFires.Id);
    }

    private static IReadOnlyList<Diagnostic> Review(Register register) => RegisterValidator.Validate(register, RuleFixture.Options);

    /// <summary>Gets the Binatic register with <paramref name="count"/> activities: its own, over and over.</summary>
    private static Register Cycled(int count) =>
        Binatic with { Activities = ValueArray.Create([.. Enumerable.Range(0, count).Select(i => Binatic.Activities[i % Binatic.Activities.Count])]) };

    /// <summary>Gets the findings about one activity, with pointers relative to it, so that activities at different positions compare.</summary>
    private static List<(string Rule, DiagnosticSeverity Severity, string Message, string Pointer, string? AcceptedReason)> OfActivity(IReadOnlyList<Diagnostic> findings, int index)
    {
        var at = $"/activities/{index}";
        return
        [
            .. findings
                .Where(finding => finding.JsonPointer == at || finding.JsonPointer.StartsWith(at + "/", StringComparison.Ordinal))
                .Select(finding => (finding.RuleId, finding.Severity, finding.Message, finding.JsonPointer[at.Length..], finding.AcceptedReason)),
        ];
    }

    private static List<(string Rule, DiagnosticSeverity Severity, string Message, string Pointer, string? AcceptedReason)> OutsideActivities(IReadOnlyList<Diagnostic> findings) =>
    [
        .. findings
            .Where(finding => !finding.JsonPointer.StartsWith("/activities/", StringComparison.Ordinal))
            .Select(finding => (finding.RuleId, finding.Severity, finding.Message, finding.JsonPointer, finding.AcceptedReason)),
    ];
}
