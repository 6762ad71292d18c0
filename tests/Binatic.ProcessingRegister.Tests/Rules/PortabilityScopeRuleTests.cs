using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class PortabilityScopeRuleTests
{
    [Fact]
    public void Portability_named_for_an_activity_on_a_public_task_is_a_warning_at_the_activity_s_id()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR048", "rpr048-portability-for-public-task.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/dataSubjectRights/rights/1/activities/1", finding.JsonPointer);
        Assert.Equal((42, 45), (finding.Line, finding.Column));
        Assert.Equal("The right to data portability is listed for 'Verlenen van bijstand', which rests only on a legal obligation or a public task, to which the right does not apply; remove 'bijstand' from the right's 'activities' (Art. 20(1), 20(3)).", finding.Message);
    }

    [Fact]
    public void Portability_named_for_an_activity_that_also_rests_on_a_contract_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR048", "rpr048-portability-for-contract.yaml"));
    }

    [Fact]
    public void Portability_for_every_activity_when_each_rests_only_on_a_legal_obligation_or_public_task_is_a_warning_at_the_right()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR048", "rpr048-portability-for-every-activity.yaml"));

        Assert.Equal("/dataSubjectRights/rights/1/right", finding.JsonPointer);
        Assert.Equal("The right to data portability is listed for every activity, but every activity rests only on a legal obligation or a public task, to which the right does not apply; remove it, or name under 'activities' those based on consent or a contract (Art. 20(1), 20(3)).", finding.Message);
    }

    [Fact]
    public void Portability_for_every_activity_when_one_rests_on_a_contract_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR048", "rpr048-portability-for-some-activity.yaml"));
    }
}
