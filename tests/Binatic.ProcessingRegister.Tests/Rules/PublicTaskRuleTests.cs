using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class PublicTaskRuleTests
{
    [Fact]
    public void A_public_task_claimed_by_a_private_controller_is_a_warning_at_the_basis()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR017", "rpr017-public-task-private-controller.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/activities/0/legalBases/0/basis", finding.JsonPointer);
        Assert.Equal((19, 16), (finding.Line, finding.Column));
        Assert.Equal("'Visitor log' relies on a public task, but Example BV is not a public authority; use the basis that applies, or cite the law that entrusts the task (Art. 6(1)(e), 6(3)).", finding.Message);
    }

    [Fact]
    public void In_Dutch_a_public_task_claimed_by_a_private_controller_is_called_a_taak_van_algemeen_belang()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR017", "rpr017-public-task-private-controller.yaml"));

        Assert.Equal("'Visitor log' berust op een taak van algemeen belang, maar Example BV is geen overheidsinstantie; gebruik de rechtsgrond die van toepassing is, of noem de wet die de taak opdraagt (art. 6 lid 1 onder e en 6 lid 3 AVG).", finding.In(RegisterLanguage.Dutch).Message);
    }

    [Fact]
    public void A_public_task_of_a_public_authority_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR017", "rpr017-public-task-public-authority.yaml"));
    }

    [Fact]
    public void A_register_without_a_public_task_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR017", "clean.yaml"));
    }

    [Fact]
    public void A_public_task_is_judged_by_the_controllers_the_activity_names_so_only_the_private_controller_s_activity_is_a_warning()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR017", "several-controllers.yaml"));

        Assert.Equal("/activities/1/legalBases/0/basis", finding.JsonPointer);
        Assert.Equal("'Neighbourhood events' relies on a public task, but Example Foundation is not a public authority; use the basis that applies, or cite the law that entrusts the task (Art. 6(1)(e), 6(3)).", finding.Message);
    }
}
