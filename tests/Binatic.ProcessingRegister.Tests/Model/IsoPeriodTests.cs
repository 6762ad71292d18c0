using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Model;

public sealed class IsoPeriodTests
{
    [Theory]
    [InlineData("P7Y", 7, 0, 0, 0)]
    [InlineData("P4W", 0, 0, 4, 0)]
    [InlineData("P1Y6M", 1, 6, 0, 0)]
    [InlineData("P1Y2M3W4D", 1, 2, 3, 4)]
    [InlineData("P30D", 0, 0, 0, 30)]
    public void A_period_parses_into_its_components_and_formats_back(string text, int years, int months, int weeks, int days)
    {
        var period = IsoPeriod.Parse(text);

        Assert.Equal(new IsoPeriod(years, months, weeks, days), period);
        Assert.Equal(text, period.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("7Y")]
    [InlineData("P7")]
    [InlineData("PY")]
    [InlineData("P1M1Y")]
    [InlineData("P1Y1Y")]
    [InlineData("PT1H")]
    [InlineData("P-1D")]
    [InlineData("P١D")]
    public void Text_that_is_not_a_period_of_years_months_weeks_and_days_does_not_parse(string text)
    {
        Assert.False(IsoPeriod.TryParse(text, out _));
    }

    [Fact]
    public void One_month_and_thirty_days_are_different_periods()
    {
        Assert.NotEqual(IsoPeriod.Parse("P1M"), IsoPeriod.Parse("P30D"));
    }
}
