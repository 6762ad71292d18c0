using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Rules;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class ControllerContactRuleTests
{
    [Fact]
    public void A_controller_with_only_a_name_and_phone_is_an_error_at_the_missing_address()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR001", "rpr001-name-only-controller.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/controller/address", finding.JsonPointer);
        Assert.Equal((5, 3), (finding.Line, finding.Column));
        Assert.Contains("'Example BV'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_controller_name_is_an_error_at_the_name()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR001", "rpr001-blank-controller-name.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/controller/name", finding.JsonPointer);
        Assert.Equal((5, 9), (finding.Line, finding.Column));
    }

    [Fact]
    public void An_empty_controller_name_built_in_code_is_an_error_at_the_name()
    {
        var register = Clean();
        register = register with { Controllers = [register.Controllers[0] with { Contact = register.Controllers[0].Contact with { Name = string.Empty } }] };

        var finding = Assert.Single(RegisterValidator.Validate(register, RuleFixture.Options), d => d.RuleId == "RPR001");

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/controller/name", finding.JsonPointer);
    }

    [Fact]
    public void A_blank_e_mail_address_built_in_code_does_not_count_as_contact_details()
    {
        var register = Clean();
        register = register with { Controllers = [register.Controllers[0] with { Contact = register.Controllers[0].Contact with { Address = null, Email = "  " } }] };

        var finding = Assert.Single(RegisterValidator.Validate(register, RuleFixture.Options), d => d.RuleId == "RPR001");

        Assert.Equal("/controller/address", finding.JsonPointer);
    }

    [Fact]
    public void A_controller_with_an_e_mail_address_but_no_postal_address_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR001", "rpr001-email-only-controller.yaml"));
    }

    [Fact]
    public void A_controller_with_a_postal_address_but_no_e_mail_address_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR001", "rpr001-address-only-controller.yaml"));
    }

    [Fact]
    public void A_controller_with_a_name_address_and_e_mail_address_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR001", "clean.yaml"));
    }

    private static Register Clean() => RegisterLoader.LoadFile(Fixture.Path("clean.yaml")).GetRegisterOrThrow();

    [Fact]
    public void In_a_register_with_two_controllers_the_one_that_cannot_be_reached_is_an_error_at_its_own_entry()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR001", "several-controllers.yaml"));

        Assert.Equal("/controllers/1/address", finding.JsonPointer);
        Assert.Equal((14, 5), (finding.Line, finding.Column));
        Assert.Equal("The controller 'Example Foundation' has neither a postal address nor an e-mail address; add 'address' or 'email' so that it can be reached (Art. 30(1)(a)).", finding.Message);
    }
}
