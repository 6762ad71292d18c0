using Binatic.ProcessingRegister.Import;

namespace Binatic.ProcessingRegister.Tests.Import;

public sealed class DateRecogniserTests
{
    [Theory]
    [InlineData(1, "1900-01-01")]
    [InlineData(59, "1900-02-28")]
    [InlineData(61, "1900-03-01")]
    [InlineData(45352, "2024-03-01")]
    [InlineData(45352.75, "2024-03-01")]
    [InlineData(2958465, "9999-12-31")]
    public void An_excel_serial_is_a_day_of_the_1900_date_system(double serial, string date)
    {
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DateRecogniser.FromSerial(serial));
    }

    [Theory]
    [InlineData(60)]
    [InlineData(60.5)]
    public void Serial_60_is_excel_s_fictitious_29_february_1900_and_no_date(double serial)
    {
        Assert.Null(DateRecogniser.FromSerial(serial));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(0.5)]
    [InlineData(2958466)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.MaxValue)]
    public void A_serial_outside_excel_s_range_is_no_date(double serial)
    {
        Assert.Null(DateRecogniser.FromSerial(serial));
    }

    [Theory]
    [InlineData("2024-03-01")]
    [InlineData("2024-03-01T00:00:00")]
    [InlineData("2024-03-01 13:45")]
    [InlineData("1-3-2024")]
    [InlineData("01/03/2024")]
    [InlineData("1.3.2024")]
    [InlineData("1 maart 2024")]
    [InlineData("1 mrt 2024")]
    [InlineData("1 March 2024")]
    [InlineData("1st March 2024")]
    [InlineData("1er mars 2024")]
    [InlineData("March 1, 2024")]
    [InlineData("March 1st, 2024")]
    [InlineData(" 01 MARS 2024 ")]
    public void A_date_is_recognised_as_written_day_first(string text)
    {
        Assert.Equal(new DateOnly(2024, 3, 1), DateRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("gisteren")]
    [InlineData("03/13/2024")]
    [InlineData("31-02-2024")]
    [InlineData("2024-13-01")]
    [InlineData("1-3-24")]
    [InlineData("1 maart")]
    [InlineData("maart 2024")]
    [InlineData("1 smarch 2024")]
    [InlineData("0-0-0000")]
    [InlineData("99999999999-1-2024")]
    public void A_text_that_is_no_whole_valid_day_first_date_is_no_date(string text)
    {
        Assert.Null(DateRecogniser.Recognise(text));
    }

    [Theory]
    [MemberData(nameof(HostileCells.All), MemberType = typeof(HostileCells))]
    public void Hostile_cells_are_no_date_and_raise_no_exception(string text)
    {
        Assert.Null(HostileCells.Bounded(() => DateRecogniser.Recognise(text)));
    }
}
