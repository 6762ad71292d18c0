using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class PublicTaskStatuteRuleTests
{
    [Fact]
    public void A_public_task_without_a_law_is_a_warning_at_the_basis()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR041", "rpr041-publieke-taak-zonder-wet.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/activities/0/legalBases/0/basis", finding.JsonPointer);
        Assert.Equal((24, 16), (finding.Line, finding.Column));
        Assert.Equal("'Verlenen van bijstand' relies on a public task without naming the law that lays it down; add 'law' with the act and article that vest the task in the controller (Art. 6(1)(e), 6(3)).", finding.Message);
    }

    [Fact]
    public void A_public_task_that_names_its_law_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR041", "rpr041-publieke-taak-met-wet.yaml"));
    }

    [Fact]
    public void A_private_controller_s_public_task_without_a_law_is_left_to_RPR017_which_asks_for_the_law_already()
    {
        var findings = RuleFixture.Review("rpr017-public-task-private-controller.yaml");

        Assert.DoesNotContain(findings, f => f.RuleId == "RPR041");
        Assert.Contains(findings, f => f.RuleId == "RPR017" && f.JsonPointer == "/activities/0/legalBases/0/basis");
    }

    [Fact]
    public void A_legal_obligation_without_a_law_is_left_to_RPR014()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR041", "rpr014-legal-obligation-without-law.yaml"));
    }

    [Fact]
    public void A_register_without_a_public_task_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR041", "clean.yaml"));
    }
}
