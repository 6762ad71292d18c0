using Binatic.ProcessingRegister.Import;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Import;

public sealed class RetentionRecogniserTests
{
    [Theory]
    [InlineData("7 jaar", "P7Y")]
    [InlineData("7 years", "P7Y")]
    [InlineData("5 ans", "P5Y")]
    [InlineData("1 an", "P1Y")]
    [InlineData("six months", "P6M")]
    [InlineData("zes maanden", "P6M")]
    [InlineData("6 mois", "P6M")]
    [InlineData("30 dagen", "P30D")]
    [InlineData("4 weeks", "P4W")]
    [InlineData("twee weken", "P2W")]
    [InlineData("een jaar", "P1Y")]
    [InlineData("a year", "P1Y")]
    [InlineData("un an", "P1Y")]
    [InlineData("douze mois", "P12M")]
    [InlineData("twaalf maanden", "P12M")]
    [InlineData("Twelve months", "P12M")]
    [InlineData("Maximaal 2 jaar", "P2Y")]
    [InlineData("Bewaartermijn: 7 jaar (fiscale bewaarplicht, art. 52 AWR)", "P7Y")]
    [InlineData("7 (zeven) jaar", "P7Y")]
    [InlineData("P7Y", "P7Y")]
    [InlineData("p1y6m", "P1Y6M")]
    public void A_period_in_digits_or_words_is_recognised_in_english_dutch_and_french(string text, string period)
    {
        Assert.Equal(new RecognisedRetention(IsoPeriod.Parse(period), null, false), RetentionRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("1 jaar en 6 maanden", "P1Y6M")]
    [InlineData("2 years and 3 months", "P2Y3M")]
    [InlineData("1 an et 6 mois", "P1Y6M")]
    [InlineData("1 jaar, 2 maanden", "P1Y2M")]
    public void A_period_of_several_units_joined_by_and_is_one_period(string text, string period)
    {
        Assert.Equal(IsoPeriod.Parse(period), RetentionRecogniser.Recognise(text)?.Period);
    }

    [Theory]
    [InlineData("10 jaar na beëindiging", "P10Y", "beëindiging")]
    [InlineData("2 years after the last order", "P2Y", "the last order")]
    [InlineData("3 ans à compter de la fin de la relation contractuelle", "P3Y", "la fin de la relation contractuelle")]
    [InlineData("7 jaar vanaf het einde van het boekjaar.", "P7Y", "het einde van het boekjaar")]
    [InlineData("6 months following the end of the contract", "P6M", "the end of the contract")]
    [InlineData("5 ans après le départ du salarié", "P5Y", "le départ du salarié")]
    [InlineData("2 years after the last order, then anonymised", "P2Y", "the last order")]
    [InlineData("7 jaar na vertrek (Archiefwet)", "P7Y", "vertrek")]
    [InlineData("10 jaar na beëindiging; daarna vernietigen", "P10Y", "beëindiging")]
    public void The_event_a_period_counts_from_is_kept_as_written(string text, string period, string from)
    {
        Assert.Equal(new RecognisedRetention(IsoPeriod.Parse(period), from, false), RetentionRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("permanent")]
    [InlineData("Blijvend bewaren")]
    [InlineData("blijvend te bewaren (Archiefwet)")]
    [InlineData("Onbeperkt")]
    [InlineData("Conservation définitive")]
    [InlineData("Kept permanently")]
    public void Keeping_forever_is_permanent_without_a_period(string text)
    {
        Assert.Equal(new RecognisedRetention(null, null, true), RetentionRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("zolang de klantrelatie duurt")]
    [InlineData("as long as the account is active")]
    [InlineData("jusqu'à la fin du contrat")]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("jaar")]
    public void A_criterion_without_a_number_is_not_a_period(string text)
    {
        Assert.Null(RetentionRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("2 jaar, daarna 5 jaar in het archief")]
    [InlineData("6 months for applicants, 2 years for employees")]
    [InlineData("6 maanden en 1 jaar")]
    [InlineData("7 jaar, daarna blijvend")]
    [InlineData("0 dagen")]
    [InlineData("10000 jaar")]
    [InlineData("1,5 jaar")]
    [InlineData("2-5 jaar")]
    [InlineData("2 tot 5 jaar")]
    [InlineData("2 à 5 ans")]
    [InlineData("3 or 4 years")]
    public void Two_periods_a_range_a_zero_or_a_number_the_format_cannot_hold_are_not_guessed(string text)
    {
        Assert.Null(RetentionRecogniser.Recognise(text));
    }

    [Theory]
    [MemberData(nameof(HostileCells.All), MemberType = typeof(HostileCells))]
    public void Hostile_cells_are_recognised_or_refused_without_an_exception_in_bounded_time(string text)
    {
        var recognised = HostileCells.Bounded(() => RetentionRecogniser.Recognise(text));

        Assert.True(recognised is null || recognised.IsPermanent != recognised.Period.HasValue);
    }
}
