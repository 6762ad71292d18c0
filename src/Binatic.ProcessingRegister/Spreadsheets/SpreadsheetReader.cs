using System.Collections.Immutable;
using System.Globalization;
using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>Reads an XLSX or CSV file into its sheets' non-empty cells, never evaluating a formula.</summary>
internal static class SpreadsheetReader
{
    private static readonly MessageTemplate TooLarge = new(
        "The file is larger than the limit of {limit} bytes for a spreadsheet; split the register over several files, or remove what it does not need, such as images and unused sheets.",
        "Het bestand is groter dan de grens van {limit} bytes voor een spreadsheet; verdeel het register over meer bestanden, of verwijder wat het niet nodig heeft, zoals afbeeldingen en ongebruikte werkbladen.");

    private static readonly MessageTemplate CannotRead = new(
        "The file cannot be read: {reason}",
        "Het bestand kan niet worden gelezen: {reason}");

    /// <summary>Reads <paramref name="stream"/> as a spreadsheet of <paramref name="format"/>.</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="file">The file's display name, for locations.</param>
    /// <param name="format">The file's format.</param>
    /// <param name="limits">How much to read at most.</param>
    /// <returns>
    /// The workbook, with the warnings and remarks found on the way (a formula at its cell, a CSV file read as
    /// Windows-1252); or <see langword="null"/> with the located errors that kept it from being read. Bad input never
    /// throws.
    /// </returns>
    public static (Workbook? Workbook, ImmutableArray<Diagnostic> Diagnostics) Read(Stream stream, string file, SpreadsheetFormat format, SpreadsheetLimits limits)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(limits);

        byte[]? bytes;
        try
        {
            bytes = ReadAtMost(stream, limits.MaxFileBytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            return Failed(DiagnosticIds.SpreadsheetUnreadable, file, CannotRead.With(("reason", exception.Message)));
        }

        if (bytes is null)
        {
            return Failed(DiagnosticIds.SpreadsheetTooLarge, file, TooLarge.With(("limit", limits.MaxFileBytes.ToString("N0", CultureInfo.InvariantCulture))));
        }

        return format == SpreadsheetFormat.Xlsx ? XlsxReader.Read(bytes, file, limits) : CsvSheetReader.Read(bytes, file, limits);
    }

    /// <summary>The stream's bytes, or <see langword="null"/> when it holds more than <paramref name="limit"/>; never reads more than one byte past it.</summary>
    private static byte[]? ReadAtMost(Stream stream, long limit)
    {
        if (stream.CanSeek && stream.Length - stream.Position > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private static (Workbook?, ImmutableArray<Diagnostic>) Failed(string id, string file, MessageText message) =>
        (null, [new Diagnostic(id, DiagnosticSeverity.Error, message, SourceLocation.StartOfFile(file), string.Empty)]);
}
