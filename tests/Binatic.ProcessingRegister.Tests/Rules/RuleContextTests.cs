using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Rules;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class RuleContextTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(RuleFixture.Today.Date);

    [Fact]
    public void The_controllers_of_an_activity_are_those_it_names()
    {
        var context = Context("several-controllers.yaml");

        Assert.Equal(["foundation"], context.ControllersOf(1).Select(c => c.Id));
    }

    [Fact]
    public void The_controller_of_an_activity_in_a_register_written_with_controller_is_that_one()
    {
        var context = Context("rpr017-public-task-private-controller.yaml");

        Assert.Equal("Example BV", Assert.Single(context.ControllersOf(0)).Contact.Name);
    }

    [Fact]
    public void An_activity_has_a_public_authority_when_a_controller_it_names_is_one()
    {
        var context = Context("several-controllers.yaml");

        Assert.Equal((true, false), (context.HasPublicAuthority(0), context.HasPublicAuthority(1)));
    }

    [Fact]
    public void A_controller_listed_under_controllers_is_pointed_at_by_its_position_and_the_single_controller_by_its_key()
    {
        Assert.Equal("/controllers/1", Context("several-controllers.yaml").ControllerPointer(1));
        Assert.Equal("/controller", Context("rpr017-public-task-private-controller.yaml").ControllerPointer(0));
    }

    private static RuleContext Context(string fixture) =>
        new(RegisterLoader.LoadFile(Fixture.Path(fixture)).GetRegisterOrThrow(), Today);

    [Fact]
    public void Rules_see_which_of_an_activity_s_data_categories_is_a_national_identifier_and_the_law_that_allows_it()
    {
        var register = RegisterLoader.LoadFile(Fixture.Path("national-identifier.yaml")).GetRegisterOrThrow();
        var context = new RuleContext(register, new DateOnly(2026, 11, 25));

        var (category, index) = Assert.Single(context.DataCategoriesOf(0), c => c.Category.NationalIdentifier is not null);

        Assert.Equal(("bsn", 1), (category.Id, index));
        Assert.Equal("Wet algemene bepalingen burgerservicenummer, art. 10", category.NationalIdentifier!.Law);
    }
}
