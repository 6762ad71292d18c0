using System.Collections.Immutable;
using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class SeverityOverrideTests
{
    [Fact]
    public void A_caller_can_raise_a_rule_to_an_error()
    {
        var options = RuleFixture.Options with
        {
            SeverityOverrides = ImmutableDictionary<string, DiagnosticSeverity>.Empty.Add("RPR013", DiagnosticSeverity.Error),
        };

        var finding = Assert.Single(RuleFixture.Review("legitimate-interests-without-assessment.yaml", options), d => d.RuleId == "RPR013");

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
    }

    [Fact]
    public void A_caller_can_lower_a_rule_to_info()
    {
        var options = RuleFixture.Options with
        {
            SeverityOverrides = ImmutableDictionary<string, DiagnosticSeverity>.Empty.Add("RPR024", DiagnosticSeverity.Info),
        };

        var finding = Assert.Single(RuleFixture.Review("privacy-shield.yaml", options), d => d.RuleId == "RPR024");

        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
    }

    [Fact]
    public void A_caller_can_switch_a_rule_off()
    {
        var options = RuleFixture.Options with { DisabledRules = ["RPR024"] };

        Assert.DoesNotContain(RuleFixture.Review("privacy-shield.yaml", options), d => d.RuleId == "RPR024");
    }

    [Fact]
    public void Changing_the_severity_of_a_check_made_while_loading_is_a_programmer_error()
    {
        var options = RuleFixture.Options with
        {
            SeverityOverrides = ImmutableDictionary<string, DiagnosticSeverity>.Empty.Add(DiagnosticIds.AmbiguousScalar, DiagnosticSeverity.Error),
        };

        Assert.Throws<ArgumentException>(() => RuleFixture.Review("clean.yaml", options));
    }

    [Fact]
    public void Switching_off_a_check_made_while_loading_is_a_programmer_error()
    {
        var options = RuleFixture.Options with { DisabledRules = [DiagnosticIds.UnknownProperty] };

        Assert.Throws<ArgumentException>(() => RuleFixture.Review("clean.yaml", options));
    }
}
