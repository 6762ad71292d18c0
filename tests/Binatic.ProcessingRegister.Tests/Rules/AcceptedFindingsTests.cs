namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class AcceptedFindingsTests
{
    [Fact]
    public void A_finding_accepted_on_its_activity_is_reported_as_accepted_with_the_reason()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR013", "accepted-with-reason.yaml"));

        Assert.True(finding.IsAccepted);
        Assert.Equal("The assessment is being written; due in Q1.", finding.AcceptedReason);
        Assert.EndsWith("(accepted: The assessment is being written; due in Q1.)", finding.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_acceptance_with_a_reason_that_is_used_is_not_itself_a_finding()
    {
        var findings = RuleFixture.Review("accepted-with-reason.yaml");

        Assert.DoesNotContain(findings, d => d.RuleId is "RPR090" or "RPR091");
    }

    [Fact]
    public void An_acceptance_without_a_reason_is_a_finding_at_the_acceptance()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR090", "accepted-without-reason.yaml"));

        Assert.Equal("/activities/0/accepted/0", finding.JsonPointer);
        Assert.Equal((21, 9), (finding.Line, finding.Column));
    }

    [Fact]
    public void An_acceptance_without_a_reason_still_accepts_the_finding()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR013", "accepted-without-reason.yaml"));

        Assert.True(finding.IsAccepted);
    }

    [Fact]
    public void An_acceptance_for_a_rule_that_no_longer_fires_is_a_finding_at_its_rule()
    {
        var findings = RuleFixture.FindingsOf("RPR091", "accepted-but-stale.yaml");

        Assert.Equal(2, findings.Count);
        Assert.Equal("/activities/0/accepted/0/rule", findings[0].JsonPointer);
        Assert.Equal((20, 15), (findings[0].Line, findings[0].Column));
        Assert.Contains("RPR013 finds nothing here", findings[0].Message, StringComparison.Ordinal);
        Assert.Equal("/accepted/0/rule", findings[1].JsonPointer);
        Assert.Contains("There is no rule RPR999", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_wide_acceptance_covers_the_rule_in_every_activity()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR013", "accepted-register-wide.yaml"));

        Assert.Equal("Group-wide assessment pending.", finding.AcceptedReason);
    }
}
