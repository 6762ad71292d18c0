using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class JointControllerArrangementRuleTests
{
    [Fact]
    public void A_joint_controller_among_an_activity_s_recipients_without_an_arrangement_is_a_warning_at_the_recipient()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR046", "rpr046-recipient-without-arrangement.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/activities/0/recipients/1", finding.JsonPointer);
        Assert.Equal((35, 23), (finding.Line, finding.Column));
        Assert.Equal("'Toegang tot jeugdhulp' shares data with 'Gemeenschappelijke regeling Jeugdhulp Regio Voorbeeldstad', a joint controller, but refers to no joint-controller arrangement; record the arrangement under 'jointControllerArrangements' and refer to it from the activity (Art. 26(1)).", finding.Message);
    }

    [Fact]
    public void An_activity_that_refers_to_its_arrangement_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR046", "rpr046-recipient-with-arrangement.yaml"));
    }

    [Fact]
    public void A_controller_s_joint_controller_without_an_arrangement_is_a_warning_at_the_joint_controller()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR046", "rpr046-joint-controller-without-arrangement.yaml"));

        Assert.Equal("/controller/jointControllers/0/arrangement", finding.JsonPointer);
        Assert.Equal((9, 7), (finding.Line, finding.Column));
        Assert.Equal("The joint controller 'Example Marketplace BV' has no arrangement; add 'arrangement' with the essence of the Art. 26 arrangement, or record it under 'jointControllerArrangements' (Art. 26(1)-(2)).", finding.Message);
    }

    [Fact]
    public void A_joint_controller_named_as_a_party_to_a_recorded_arrangement_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR046", "rpr046-joint-controller-party-to-arrangement.yaml"));
    }

    [Fact]
    public void A_joint_controller_with_the_essence_of_its_arrangement_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR046", "rpr046-joint-controller-with-arrangement.yaml"));
    }
}
