using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class AdequacyClaimRuleTests
{
    [Fact]
    public void Adequacy_claimed_for_a_country_without_a_decision_is_an_error_at_the_safeguard_type()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR026", "rpr026-adequacy-without-decision.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/transfers/0/safeguards/0/type", finding.JsonPointer);
        Assert.Equal((24, 19), (finding.Line, finding.Column));
        Assert.Contains("IN", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adequacy_claimed_for_a_US_recipient_without_DPF_certification_is_an_error()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR026", "rpr026-us-adequacy-uncertified.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/transfers/0/safeguards/0/type", finding.JsonPointer);
        Assert.Equal((35, 19), (finding.Line, finding.Column));
        Assert.Contains("'mailer'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adequacy_claimed_for_a_DPF_certified_US_recipient_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR026", "rpr026-us-adequacy-certified.yaml"));
    }

    [Fact]
    public void Adequacy_for_Brazil_passes_once_its_decision_is_in_force()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR026", "rpr026-brazil-adequacy.yaml"));
    }

    [Fact]
    public void Adequacy_for_Brazil_is_an_error_before_its_decision_of_26_January_2026()
    {
        var before = RuleFixture.Options with { TimeProvider = new FixedClock(new DateTimeOffset(2025, 12, 1, 12, 0, 0, TimeSpan.Zero)) };

        var finding = Assert.Single(RuleFixture.Review("rpr026-brazil-adequacy.yaml", before), d => d.RuleId == "RPR026");

        Assert.Equal("/activities/0/transfers/0/safeguards/0/type", finding.JsonPointer);
        Assert.Contains("1 December 2025", finding.Message, StringComparison.Ordinal);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
