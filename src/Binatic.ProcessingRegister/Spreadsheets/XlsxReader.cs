using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Binatic.ProcessingRegister.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>
/// Reads an XLSX workbook through the Open XML SDK: the zip is checked against the limits before the SDK opens it,
/// and each sheet is streamed (<see cref="OpenXmlPartReader"/>), one cell at a time, so a large sheet never becomes a
/// document tree in memory.
/// </summary>
internal static class XlsxReader
{
    private static readonly MessageTemplate CannotRead = new(
        "The file cannot be read as an XLSX workbook: {reason}. Open it in Excel or LibreOffice Calc and save it again as an Excel workbook (.xlsx).",
        "Het bestand kan niet worden gelezen als XLSX-werkmap: {reason}. Open het in Excel of LibreOffice Calc en sla het opnieuw op als Excel-werkmap (.xlsx).");

    private static readonly MessageTemplate NotZip = new(
        "it is not a zip package, as every .xlsx file is",
        "het is geen zip-pakket, wat elk .xlsx-bestand is");

    private static readonly MessageTemplate LooksLikeText = new(
        "it is a text file, not a zip package as every .xlsx file is (a CSV file named .xlsx? then import it as .csv)",
        "het is een tekstbestand, geen zip-pakket zoals elk .xlsx-bestand (een CSV-bestand met de naam .xlsx? importeer het dan als .csv)");

    private static readonly MessageTemplate NoWorkbook = new(
        "the package holds no workbook",
        "het pakket bevat geen werkmap");

    private static readonly MessageTemplate NoSheets = new(
        "the workbook holds no worksheet",
        "de werkmap bevat geen werkblad");

    private static readonly MessageTemplate Corrupt = new(
        "it is damaged or incomplete ({detail})",
        "het is beschadigd of onvolledig ({detail})");

    private static readonly MessageTemplate BadSharedString = new(
        "the cell refers to shared string {index}, which the workbook does not hold",
        "de cel verwijst naar gedeelde tekst {index}, die de werkmap niet bevat");

    private static readonly MessageTemplate ProtectedOrOld = new(
        "The file is password-protected, or in the old Excel 97-2003 format (.xls); neither can be read. Remove the password and save it as an unprotected Excel workbook (.xlsx).",
        "Het bestand is met een wachtwoord beveiligd, of in het oude formaat van Excel 97-2003 (.xls); geen van beide kan worden gelezen. Verwijder het wachtwoord en sla het op als onbeveiligde Excel-werkmap (.xlsx).");

    private static readonly MessageTemplate UnzippedTooLarge = new(
        "Unzipped, the parts of the workbook come to {size} bytes, more than the limit of {limit} bytes; a file this large is most likely a zip bomb and is not read. Remove what the register does not need, such as images and unused sheets.",
        "Uitgepakt komen de onderdelen van de werkmap op {size} bytes, meer dan de grens van {limit} bytes; zo'n groot bestand is vrijwel zeker een zipbom en wordt niet gelezen. Verwijder wat het register niet nodig heeft, zoals afbeeldingen en ongebruikte werkbladen.");

    private static readonly MessageTemplate TooManyParts = new(
        "The workbook holds {count} parts, more than the {limit} that are read; a real workbook has a few dozen. Save it again from Excel or LibreOffice Calc.",
        "De werkmap bevat {count} onderdelen, meer dan de {limit} die worden gelezen; een echte werkmap heeft er enkele tientallen. Sla hem opnieuw op vanuit Excel of LibreOffice Calc.");

    private static readonly MessageTemplate RatioTooHigh = new(
        "The part '{part}' unzips to {ratio} times its compressed size, more than the {limit} times of a real workbook; the file is most likely a zip bomb and is not read.",
        "Het onderdeel '{part}' wordt uitgepakt {ratio} keer zo groot als gecomprimeerd, meer dan de {limit} keer van een echte werkmap; het bestand is vrijwel zeker een zipbom en wordt niet gelezen.");

    private static readonly MessageTemplate FormulaWithValue = new(
        "The cell holds the formula '={formula}'. Formulas are never evaluated: its last stored value, '{value}', was imported. Replace the formula by its value (copy the cell, then paste as values).",
        "De cel bevat de formule '={formula}'. Formules worden nooit berekend: de laatst opgeslagen waarde, '{value}', is geïmporteerd. Vervang de formule door haar waarde (kopieer de cel en plak als waarden).");

    private static readonly MessageTemplate FormulaWithoutValue = new(
        "The cell holds the formula '={formula}'. Formulas are never evaluated, and no value is stored for it, so the cell was read as empty. Replace the formula by its value (copy the cell, then paste as values).",
        "De cel bevat de formule '={formula}'. Formules worden nooit berekend, en er is geen waarde voor opgeslagen, dus de cel is als leeg gelezen. Vervang de formule door haar waarde (kopieer de cel en plak als waarden).");

    /// <summary>The first bytes of an OLE compound file: an encrypted Office document, or an Excel 97-2003 workbook.</summary>
    internal static ReadOnlySpan<byte> CompoundFileSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Reads the workbook in <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The whole file, already within <see cref="SpreadsheetLimits.MaxFileBytes"/>.</param>
    /// <param name="file">The file's display name.</param>
    /// <param name="limits">The limits.</param>
    /// <returns>The workbook with its warnings, or <see langword="null"/> with the error that kept it from being read.</returns>
    public static (Workbook? Workbook, ImmutableArray<Diagnostic> Diagnostics) Read(byte[] bytes, string file, SpreadsheetLimits limits)
    {
        if (bytes.AsSpan().StartsWith(CompoundFileSignature))
        {
            return Failed(DiagnosticIds.SpreadsheetProtectedOrOldFormat, file, ProtectedOrOld.Text());
        }

        if (!bytes.AsSpan().StartsWith("PK"u8))
        {
            return Unreadable(file, LooksLikeTextFile(bytes) ? LooksLikeText.Text() : NotZip.Text());
        }

        var warnings = ImmutableArray.CreateBuilder<Diagnostic>();
        try
        {
            if (Inspect(bytes, file, limits) is { } refused)
            {
                return (null, [refused]);
            }

            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = limits.MaxUnzippedBytes, AutoSave = false });
            if (document.WorkbookPart is not { Workbook: { } workbook } workbookPart)
            {
                return Unreadable(file, NoWorkbook.Text());
            }

            var context = new Context(file, limits, DateStyles(workbookPart), SharedStrings(workbookPart, limits), warnings, new CellBudget(limits.MaxCells));
            var sheets = ImmutableArray.CreateBuilder<SheetTable>();

            // Every worksheet is read, hidden ones too: what a hidden sheet holds is still in the file that was handed in.
            foreach (var sheet in workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is { } id && workbookPart.TryGetPartById(id, out var part) && part is WorksheetPart worksheet)
                {
                    sheets.Add(ReadSheet(worksheet, sheet.Name?.Value ?? string.Empty, context));
                }
            }

            return sheets.Count == 0
                ? Unreadable(file, NoSheets.Text())
                : (new Workbook(file, SpreadsheetFormat.Xlsx, sheets.ToImmutable()), warnings.ToImmutable());
        }
        catch (StopReading stop)
        {
            return (null, [.. warnings, stop.Diagnostic]);
        }
        catch (Exception exception) when (IsDamaged(exception))
        {
            return Unreadable(file, Corrupt.With(("detail", exception.Message)));
        }
    }

    /// <summary>
    /// Checks the zip's own directory before the SDK unzips anything: the number of parts, their unzipped sizes added
    /// up, and each large part's compression ratio. The sizes are what the zip claims, but they hold: ZipArchive stops
    /// a part at its stated size, so a part that claims less than it holds reads as cut-off XML and is reported as
    /// damaged. <see cref="OpenSettings.MaxCharactersInPart"/> bounds each part once more as the SDK parses it.
    /// </summary>
    private static Diagnostic? Inspect(byte[] bytes, string file, SpreadsheetLimits limits)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var entries = zip.Entries;
        if (entries.Count > limits.MaxZipEntries)
        {
            return Error(DiagnosticIds.SpreadsheetTooLarge, file, TooManyParts.With(("count", Count(entries.Count)), ("limit", Count(limits.MaxZipEntries))));
        }

        var total = 0L;
        foreach (var entry in entries)
        {
            total += entry.Length;
            if (entry.Length >= limits.CompressionRatioFloorBytes && entry.Length / Math.Max(entry.CompressedLength, 1) > limits.MaxCompressionRatio)
            {
                return Error(DiagnosticIds.SpreadsheetTooLarge, file, RatioTooHigh.With(("part", entry.FullName), ("ratio", Count(entry.Length / Math.Max(entry.CompressedLength, 1))), ("limit", Count(limits.MaxCompressionRatio))));
            }
        }

        return total > limits.MaxUnzippedBytes
            ? Error(DiagnosticIds.SpreadsheetTooLarge, file, UnzippedTooLarge.With(("size", Count(total)), ("limit", Count(limits.MaxUnzippedBytes))))
            : null;
    }

    private static SheetTable ReadSheet(WorksheetPart part, string name, Context context)
    {
        var builder = new SheetBuilder(context.File, name, context.Limits, context.Budget);
        var sharedFormulas = new Dictionary<uint, string>();
        using var reader = new OpenXmlPartReader(part, new OpenXmlPartReaderOptions { MaxCharactersInPart = context.Limits.MaxUnzippedBytes });
        var row = 0;
        var column = 0;
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }

            if (reader.ElementType == typeof(Row))
            {
                row = Attribute(reader, "r") is { } number && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0 ? parsed : row + 1;
                column = 0;
            }
            else if (reader.ElementType == typeof(Cell))
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                (row, column) = CellReferences.TryParse(cell.CellReference?.Value, out var at) ? at : (Math.Max(row, 1), column + 1);
                if (Read(cell, row, column, name, context, sharedFormulas) is { } read)
                {
                    builder.Add(read);
                }
            }
            else if (reader.ElementType == typeof(MergeCell))
            {
                var merge = (MergeCell)reader.LoadCurrentElement()!;
                if (CellReferences.TryParseRange(merge.Reference?.Value, out var range))
                {
                    builder.Merge(range.Top, range.Left, range.Bottom, range.Right);
                }
            }
        }

        return builder.Build();
    }

    private static SheetCell? Read(Cell cell, int row, int column, string sheet, Context context, Dictionary<uint, string> sharedFormulas)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        SheetCell? value;
        if (type == CellValues.SharedString)
        {
            value = raw is null ? null : new SheetCell(row, column, SharedString(raw, row, column, sheet, context));
        }
        else if (type == CellValues.InlineString)
        {
            value = cell.InlineString is { } inline ? new SheetCell(row, column, RichText(inline)) : null;
        }
        else if (type == CellValues.Boolean)
        {
            value = raw is null ? null : new SheetCell(row, column, raw.Trim() is "1" or "true" ? "TRUE" : "FALSE") { Kind = CellKind.Boolean };
        }
        else if (type == CellValues.Error)
        {
            value = raw is null ? null : new SheetCell(row, column, raw) { Kind = CellKind.Error };
        }
        else if (type == CellValues.String)
        {
            value = raw is null ? null : new SheetCell(row, column, raw);
        }
        else if (type == CellValues.Date)
        {
            // An ISO 8601 date as text (strict Open XML); Excel itself writes serial numbers.
            value = raw is null ? null : new SheetCell(row, column, raw) { IsDate = true };
        }
        else
        {
            value = raw is null ? null : Number(raw, row, column, cell.StyleIndex?.Value ?? 0, context);
        }

        if (cell.CellFormula is { } formula)
        {
            var text = Formula(formula, sharedFormulas);
            value = (value ?? new SheetCell(row, column, string.Empty)) with { Kind = CellKind.Formula, Formula = text };
            var message = value.Text.Length == 0
                ? FormulaWithoutValue.With(("formula", text))
                : FormulaWithValue.With(("formula", text), ("value", value.Text));
            context.Warnings.Add(new Diagnostic(DiagnosticIds.FormulaNotEvaluated, DiagnosticSeverity.Warning, message, SourceLocation.Cell(context.File, sheet, row, column), string.Empty));
            return value;
        }

        return value is { Text.Length: > 0 } ? value : null;
    }

    /// <summary>
    /// The formula's text. The cells of a shared formula store it once, in the first cell (<c>si</c> names it); the
    /// others are given that first cell's text, whose references are relative to the first cell.
    /// </summary>
    private static string Formula(CellFormula formula, Dictionary<uint, string> sharedFormulas)
    {
        var text = formula.Text ?? string.Empty;
        if (formula.FormulaType?.Value == CellFormulaValues.Shared && formula.SharedIndex?.Value is { } index)
        {
            if (text.Length > 0)
            {
                sharedFormulas[index] = text;
            }
            else
            {
                text = sharedFormulas.GetValueOrDefault(index, text);
            }
        }

        return text;
    }

    private static SheetCell Number(string raw, int row, int column, uint style, Context context)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return new SheetCell(row, column, raw.Trim());
        }

        return new SheetCell(row, column, number.ToString(CultureInfo.InvariantCulture))
        {
            Kind = CellKind.Number,
            Number = number,
            IsDate = style < context.DateStyles.Length && context.DateStyles[(int)style],
        };
    }

    private static string SharedString(string raw, int row, int column, string sheet, Context context)
    {
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < context.SharedStrings.Count)
        {
            return context.SharedStrings[index];
        }

        throw new StopReading(new Diagnostic(
            DiagnosticIds.SpreadsheetUnreadable,
            DiagnosticSeverity.Error,
            CannotRead.With(("reason", BadSharedString.With(("index", raw)))),
            SourceLocation.Cell(context.File, sheet, row, column),
            string.Empty));
    }

    /// <summary>The shared string table, streamed: each entry's text, its rich text runs joined, phonetic guides left out.</summary>
    private static List<string> SharedStrings(WorkbookPart workbook, SpreadsheetLimits limits)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = new OpenXmlPartReader(part, new OpenXmlPartReaderOptions { MaxCharactersInPart = limits.MaxUnzippedBytes });
        while (reader.Read())
        {
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem))
            {
                strings.Add(RichText(reader.LoadCurrentElement()!));
            }
        }

        return strings;
    }

    /// <summary>The text of a string item: its one <c>t</c>, or its rich text runs' texts joined; phonetic runs are not part of the text.</summary>
    private static string RichText(OpenXmlElement item)
    {
        var text = new System.Text.StringBuilder();
        foreach (var child in item.ChildElements)
        {
            switch (child)
            {
                case Text plain:
                    text.Append(plain.Text);
                    break;
                case Run run:
                    text.Append(run.Text?.Text);
                    break;
                default:
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>For each cell format (the cell's <c>s</c>), whether its number format shows a date.</summary>
    private static bool[] DateStyles(WorkbookPart workbook)
    {
        if (workbook.WorkbookStylesPart?.Stylesheet is not { } styles)
        {
            return [];
        }

        var custom = new Dictionary<uint, bool>();
        foreach (var format in styles.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id)
            {
                custom[id] = NumberFormats.IsDate(format.FormatCode?.Value ?? string.Empty);
            }
        }

        return [.. (styles.CellFormats?.Elements<CellFormat>() ?? []).Select(format =>
            format.NumberFormatId?.Value is { } id && (custom.TryGetValue(id, out var isDate) ? isDate : NumberFormats.IsBuiltInDate(id)))];
    }

    private static string? Attribute(OpenXmlReader reader, string name)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == name && string.IsNullOrEmpty(attribute.NamespaceUri))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>Whether the first bytes are text: no NUL and no other control character but tab and line breaks.</summary>
    private static bool LooksLikeTextFile(byte[] bytes) =>
        bytes.Length > 0 && !bytes.AsSpan(0, Math.Min(bytes.Length, 512)).ContainsAnyInRange((byte)0, (byte)8)
        && !bytes.AsSpan(0, Math.Min(bytes.Length, 512)).ContainsAnyInRange((byte)14, (byte)31);

    /// <summary>The exceptions the zip, packaging and XML layers throw for a damaged file.</summary>
    private static bool IsDamaged(Exception exception) =>
        exception is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException or IOException
            or InvalidOperationException or NotSupportedException or UriFormatException or ArgumentException or FormatException or OverflowException;

    private static (Workbook?, ImmutableArray<Diagnostic>) Unreadable(string file, MessageText reason) =>
        Failed(DiagnosticIds.SpreadsheetUnreadable, file, CannotRead.With(("reason", reason)));

    private static (Workbook?, ImmutableArray<Diagnostic>) Failed(string id, string file, MessageText message) => (null, [Error(id, file, message)]);

    private static Diagnostic Error(string id, string file, MessageText message) =>
        new(id, DiagnosticSeverity.Error, message, SourceLocation.StartOfFile(file), string.Empty);

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>What reading one workbook's sheets needs.</summary>
    private sealed record Context(
        string File,
        SpreadsheetLimits Limits,
        bool[] DateStyles,
        List<string> SharedStrings,
        ImmutableArray<Diagnostic>.Builder Warnings,
        CellBudget Budget);
}
