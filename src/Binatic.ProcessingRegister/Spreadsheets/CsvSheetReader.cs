using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Binatic.ProcessingRegister.Diagnostics;
using CsvHelper;

namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>
/// Reads a CSV file through CsvHelper as one unnamed sheet of text cells: comma or semicolon separated (the separator is
/// detected, as Dutch Excel saves CSV with semicolons), quoted fields may hold line breaks, and a row is a record, so a
/// record that spans several lines is one row, numbered as a spreadsheet program numbers it.
/// </summary>
internal static class CsvSheetReader
{
    private static readonly MessageTemplate CannotRead = new(
        "The file cannot be read as CSV: {reason}.",
        "Het bestand kan niet worden gelezen als CSV: {reason}.");

    private static readonly MessageTemplate NotText = new(
        "it is not a text file; a CSV file is text, saved from Excel as CSV UTF-8",
        "het is geen tekstbestand; een CSV-bestand is tekst, vanuit Excel opgeslagen als CSV UTF-8");

    private static readonly MessageTemplate IsZip = new(
        "it is a zip package, such as an Excel workbook; import it as .xlsx",
        "het is een zip-pakket, zoals een Excel-werkmap; importeer het als .xlsx");

    private static readonly MessageTemplate IsCompoundFile = new(
        "it is an Excel 97-2003 workbook (.xls) or a password-protected workbook; save it as an unprotected Excel workbook (.xlsx) or as CSV UTF-8",
        "het is een werkmap van Excel 97-2003 (.xls) of een met een wachtwoord beveiligde werkmap; sla het op als onbeveiligde Excel-werkmap (.xlsx) of als CSV UTF-8");

    private static readonly MessageTemplate BadUtf8AfterMark = new(
        "it starts with the byte order mark of UTF-8, but byte {offset} is not valid UTF-8; save it again as CSV UTF-8",
        "het begint met het bytevolgordeteken van UTF-8, maar byte {offset} is geen geldige UTF-8; sla het opnieuw op als CSV UTF-8");

    private static readonly MessageTemplate ReadAsWindows1252 = new(
        "The file is not UTF-8 (byte {offset} is not valid UTF-8), so it was read as Windows-1252, the encoding in which Excel saves CSV on Western European Windows. Check the accented letters, or save the file as CSV UTF-8 to be sure.",
        "Het bestand is geen UTF-8 (byte {offset} is geen geldige UTF-8), dus het is gelezen als Windows-1252, de codering waarin Excel op West-Europese Windows CSV opslaat. Controleer de letters met accenten, of sla het bestand op als CSV UTF-8 om zeker te zijn.");

    private static readonly MessageTemplate Unterminated = new(
        "Row {row} has a quoted field whose closing quote is missing, so it runs on to the end of the file. Close the quote, and double every quote inside a quoted field (\"\").",
        "Rij {row} heeft een veld tussen aanhalingstekens waarvan het sluitende aanhalingsteken ontbreekt, zodat het doorloopt tot het einde van het bestand. Sluit het aanhalingsteken, en verdubbel elk aanhalingsteken binnen een veld tussen aanhalingstekens (\"\").");

    private static readonly MessageTemplate AfterClosingQuote = new(
        "Row {row} has text after the closing quote of a quoted field, so where the field ends is not clear. Put the whole field between quotes, and double every quote inside it (\"\").",
        "Rij {row} heeft tekst na het sluitende aanhalingsteken van een veld tussen aanhalingstekens, zodat niet duidelijk is waar het veld eindigt. Zet het hele veld tussen aanhalingstekens, en verdubbel elk aanhalingsteken erin (\"\").");

    private static readonly MessageTemplate Damaged = new(
        "The file cannot be read as CSV at row {row}: {detail}",
        "Het bestand kan bij rij {row} niet als CSV worden gelezen: {detail}");

    private static ReadOnlySpan<byte> Utf8Mark => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LittleEndianMark => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianMark => [0xFE, 0xFF];

    /// <summary>Reads the CSV file in <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The whole file, already within <see cref="SpreadsheetLimits.MaxFileBytes"/>.</param>
    /// <param name="file">The file's display name.</param>
    /// <param name="limits">The limits.</param>
    /// <returns>The workbook of one unnamed sheet with its remarks, or <see langword="null"/> with the errors that kept it from being read.</returns>
    public static (Workbook? Workbook, ImmutableArray<Diagnostic> Diagnostics) Read(byte[] bytes, string file, SpreadsheetLimits limits)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (Decode(bytes, file, diagnostics) is not { } text)
        {
            return (null, diagnostics.ToImmutable());
        }

        var malformed = new List<CsvMalformedRecord>();
        var options = CsvReaderOptions.Default with
        {
            HasHeader = false,

            // An empty line is an empty row, as a spreadsheet program shows it, so that row numbers match.
            SkipEmptyLines = false,
            DetectSeparatorHint = true,
            TrimWhitespace = false,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = malformed.Add,
        };
        var builder = new SheetBuilder(file, null, limits, new CellBudget(limits.MaxCells));
        var row = 0;
        try
        {
            using var reader = CsvReader.FromText(text, options);
            while (reader.Read())
            {
                row = checked((int)reader.RowNumber);
                for (var field = 0; field < reader.FieldCount; field++)
                {
                    if (!reader.IsEmpty(field))
                    {
                        builder.Add(new SheetCell(row, field + 1, reader.GetString(field)));
                    }
                }
            }

            // A stray quote inside an unquoted field (12" screen) is kept as text, as Excel keeps it; a quote that is
            // never closed, or text after a closing quote, leaves where a field ends to guesswork.
            foreach (var record in malformed)
            {
                var template = record.Reason switch
                {
                    CsvMalformedReason.UnterminatedQuote => Unterminated,
                    CsvMalformedReason.TextAfterClosingQuote => AfterClosingQuote,
                    _ => null,
                };
                if (template is not null)
                {
                    var at = (int)Math.Clamp(record.RecordNumber, 1, int.MaxValue);
                    diagnostics.Add(new Diagnostic(DiagnosticIds.CsvQuoting, DiagnosticSeverity.Error, template.With(("row", at)), SourceLocation.Cell(file, null, at, 1), string.Empty));
                }
            }

            if (diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
            {
                return (null, diagnostics.ToImmutable());
            }

            return (new Workbook(file, SpreadsheetFormat.Csv, [builder.Build()]), diagnostics.ToImmutable());
        }
        catch (StopReading stop)
        {
            diagnostics.Add(stop.Diagnostic);
            return (null, diagnostics.ToImmutable());
        }
        catch (Exception exception) when (exception is CsvFormatException or InvalidOperationException or ArgumentException or OverflowException)
        {
            var at = Math.Max(row + 1, 1);
            diagnostics.Add(new Diagnostic(DiagnosticIds.SpreadsheetUnreadable, DiagnosticSeverity.Error, Damaged.With(("row", at), ("detail", exception.Message)), SourceLocation.Cell(file, null, at, 1), string.Empty));
            return (null, diagnostics.ToImmutable());
        }
    }

    /// <summary>
    /// The file's text. A UTF-8 or UTF-16 byte order mark says the encoding; without one the text is UTF-8 if it is
    /// valid UTF-8, and otherwise Windows-1252: Excel's "CSV (comma delimited)" on Dutch and other Western European
    /// Windows saves in that code page, and in it every byte is a character, so nothing is lost and the letters with
    /// accents come out right. A remark says so, since the guess could be wrong for a file from elsewhere.
    /// </summary>
    private static string? Decode(byte[] bytes, string file, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(Utf16LittleEndianMark))
        {
            return Encoding.Unicode.GetString(span[2..]);
        }

        if (span.StartsWith(Utf16BigEndianMark))
        {
            return Encoding.BigEndianUnicode.GetString(span[2..]);
        }

        var hasMark = span.StartsWith(Utf8Mark);
        var body = hasMark ? span[3..] : span;
        MessageText? notText = span.StartsWith(XlsxReader.CompoundFileSignature) ? IsCompoundFile.Text()
            : span.StartsWith("PK\u0003\u0004"u8) ? IsZip.Text()
            : body.Contains((byte)0) ? NotText.Text()
            : null;
        if (notText is not null)
        {
            diagnostics.Add(Failed(file, CannotRead.With(("reason", notText))));
            return null;
        }

        var invalid = FirstInvalidUtf8(body);
        if (invalid < 0)
        {
            return Encoding.UTF8.GetString(body);
        }

        var offset = (invalid + (hasMark ? 3 : 0)).ToString("N0", CultureInfo.InvariantCulture);
        if (hasMark)
        {
            diagnostics.Add(Failed(file, CannotRead.With(("reason", BadUtf8AfterMark.With(("offset", offset))))));
            return null;
        }

        diagnostics.Add(new Diagnostic(DiagnosticIds.CsvNotUtf8, DiagnosticSeverity.Info, ReadAsWindows1252.With(("offset", offset)), SourceLocation.StartOfFile(file), string.Empty));
        return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(body);
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        // Nearly every file is valid UTF-8: checking that allocates nothing, where finding the offset decodes into a
        // buffer twice the file's size.
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return -1;
        }

        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? -1 : read;
    }

    private static Diagnostic Failed(string file, MessageText message) =>
        new(DiagnosticIds.SpreadsheetUnreadable, DiagnosticSeverity.Error, message, SourceLocation.StartOfFile(file), string.Empty);
}
