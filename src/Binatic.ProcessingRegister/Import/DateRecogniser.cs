namespace Binatic.ProcessingRegister.Import;

/// <summary>Recognises dates in cells: Excel serials and dates as written.</summary>
internal static class DateRecogniser
{
    /// <summary>Converts an Excel serial date (1900 date system).</summary>
    /// <param name="serial">The serial.</param>
    /// <returns>The date, or <see langword="null"/> when the serial is no real date.</returns>
    public static DateOnly? FromSerial(double serial) => null;

    /// <summary>Recognises a date as written.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date, or <see langword="null"/>.</returns>
    public static DateOnly? Recognise(string text) => null;
}
