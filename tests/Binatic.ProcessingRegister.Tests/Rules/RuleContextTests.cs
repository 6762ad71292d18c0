using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Rules;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class RuleContextTests
{
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
