using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Model;

public sealed class ValueArrayTests
{
    [Fact]
    public void Lists_with_the_same_items_in_the_same_order_are_equal()
    {
        ValueArray<string> first = ["naam", "e-mailadres"];
        var second = new ValueArray<string>(new List<string> { "naam", "e-mailadres" });

        Assert.Equal(first, second);
        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Lists_with_the_same_items_in_another_order_differ()
    {
        ValueArray<string> first = ["naam", "e-mailadres"];
        ValueArray<string> second = ["e-mailadres", "naam"];

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void The_default_list_is_empty_and_equal_to_an_empty_list()
    {
        ValueArray<int> none = default;

        Assert.Empty(none);
        Assert.Equal(none, []);
    }

    [Fact]
    public void A_list_does_not_change_when_its_source_does()
    {
        var source = new List<string> { "naam" };
        var list = new ValueArray<string>(source);

        source.Add("postcode");

        Assert.Single(list);
    }
}
