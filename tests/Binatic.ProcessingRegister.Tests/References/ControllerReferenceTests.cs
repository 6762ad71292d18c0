using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.References;

public sealed class ControllerReferenceTests
{
    [Fact]
    public void A_register_with_two_controllers_loads_both_in_register_order_with_their_ids()
    {
        var register = RegisterLoader.LoadFile(Fixture.Path("two-controllers.yaml")).GetRegisterOrThrow();

        Assert.Equal(["college", "raad"], register.Controllers.Select(c => c.Id));
        Assert.Equal("Gemeenteraad van Voorbeeldstad", register.Controllers[1].Contact.Name);
        Assert.Equal(["raad"], register.Activities[1].Controllers);
    }

    [Fact]
    public void A_register_written_with_controller_has_one_controller_without_an_id()
    {
        var register = RegisterLoader.LoadFile(Fixture.Path("organisation.yaml")).GetRegisterOrThrow();

        var controller = Assert.Single(register.Controllers);
        Assert.Null(controller.Id);
        Assert.Equal("Gemeente Voorbeeldstad", controller.Contact.Name);
    }

    [Fact]
    public void A_register_with_two_controllers_reports_an_activity_that_names_none()
    {
        var finding = Assert.Single(RegisterLoader.LoadFile(Fixture.Path("activity-without-controller.yaml")).Diagnostics);

        Assert.Equal((DiagnosticIds.ActivityWithoutController, DiagnosticSeverity.Error, 28, 5), (finding.RuleId, finding.Severity, finding.Line, finding.Column));
        Assert.Equal("/activities/1", finding.JsonPointer);
        Assert.Equal("The activity 'raadsvergadering' names no controller, but the register lists several; add 'controllers' with the ids of those responsible for it (known ids: college, raad; Art. 30(1)(a)).", finding.Message);
    }

    [Fact]
    public void A_register_with_one_listed_controller_does_not_ask_its_activities_to_name_it()
    {
        var result = RegisterLoader.LoadFile(Fixture.Path("one-listed-controller.yaml"));

        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void An_activity_that_names_an_undefined_controller_is_told_the_nearest_id()
    {
        var finding = Assert.Single(RegisterLoader.LoadFile(Fixture.Path("unknown-controller.yaml")).Diagnostics);

        Assert.Equal((DiagnosticIds.UnknownReference, 21, 19), (finding.RuleId, finding.Line, finding.Column));
        Assert.Equal("/activities/0/controllers/0", finding.JsonPointer);
        Assert.Equal("No controller has the id 'colege'; define it under controllers or correct the reference (did you mean 'college'?)", finding.Message);
    }

    [Fact]
    public void A_register_without_a_controller_is_told_to_add_controller_or_controllers()
    {
        var finding = Assert.Single(RegisterLoader.LoadFile(Fixture.Path("no-controller.yaml")).Diagnostics);

        Assert.Equal((DiagnosticIds.ControllerNotStatedOnce, DiagnosticSeverity.Error, 1, 1), (finding.RuleId, finding.Severity, finding.Line, finding.Column));
        Assert.Equal(string.Empty, finding.JsonPointer);
        Assert.Equal("The register names no controller; add 'controller' with its name and contact details, or 'controllers' with an id, name and contact details for each (Art. 30(1)(a)).", finding.Message);
    }

    [Fact]
    public void A_register_with_both_controller_and_controllers_is_told_to_keep_one_form()
    {
        var finding = Assert.Single(RegisterLoader.LoadFile(Fixture.Path("controller-and-controllers.yaml")).Diagnostics);

        Assert.Equal((DiagnosticIds.ControllerNotStatedOnce, 8, 3), (finding.RuleId, finding.Line, finding.Column));
        Assert.Equal("/controllers", finding.JsonPointer);
        Assert.Equal("The register has both 'controller' and 'controllers'; keep 'controller' for one controller, or move it into 'controllers' with an id (Art. 30(1)(a)).", finding.Message);
    }
}
