using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>Writes sheets as an XLSX workbook or as CSV, every cell as text, escaped against formula injection.</summary>
internal static class SpreadsheetWriter
{
    /// <summary>The style of a table cell: text wrapped at the column's width, at the top of the cell.</summary>
    private const uint WrappedStyle = 1;

    /// <summary>The style of the header row and of the preamble's labels: as <see cref="WrappedStyle"/>, in bold.</summary>
    private const uint BoldStyle = 2;

    private static readonly string BoldStyleText = BoldStyle.ToString(CultureInfo.InvariantCulture);

    private static readonly string WrappedStyleText = WrappedStyle.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes <paramref name="sheets"/> as an XLSX workbook.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="sheets">The sheets, in order.</param>
    public static void WriteXlsx(Stream stream, IReadOnlyList<SheetContent> sheets)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sheets);

        // The packaging layer reads back and seeks in what it writes; a stream that cannot (a pipe, an HTTP response)
        // gets the finished file in one copy.
        if (!stream.CanSeek || !stream.CanRead)
        {
            using var buffer = new MemoryStream();
            WriteXlsx(buffer, sheets);
            buffer.Position = 0;
            buffer.CopyTo(stream);
            return;
        }

        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = Styles();
        var strings = new SharedStrings();
        var sheetList = new Sheets();
        var names = SheetNames.Unique(sheets.Select(sheet => sheet.Name));
        for (var index = 0; index < sheets.Count; index++)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            WriteWorksheet(worksheetPart, sheets[index], strings);
            sheetList.Append(new Sheet
            {
                Id = workbookPart.GetIdOfPart(worksheetPart),
                SheetId = (uint)(index + 1),
                Name = names[index],
            });
        }

        workbookPart.Workbook.Append(sheetList);
        strings.Write(workbookPart.AddNewPart<SharedStringTablePart>());
    }

    /// <summary>Writes <paramref name="sheet"/> as RFC 4180 CSV in UTF-8 with a byte order mark.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="sheet">The sheet; its name is not written.</param>
    public static void WriteCsv(Stream stream, SheetContent sheet)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sheet);

        // CsvHelper's own CsvInjection.Escape prefixes the same characters with the same apostrophe, but leaves text
        // that starts with an apostrophe as it is, which the import would then shorten: FormulaEscaping is the one
        // rule both formats and the import share, and after it no field starts with a character CsvHelper would escape.
        var options = CsvWriterOptions.Default with
        {
            WriteByteOrderMark = true,
            NewLine = "\r\n",
            Separator = ',',
            Injection = CsvInjection.None,
            ValidateFieldCount = true,
        };
        var width = Width(sheet);
        using var csv = CsvWriter.Create(stream, options, leaveOpen: true);
        foreach (var line in Lines(sheet))
        {
            var fields = new string[width];
            for (var column = 0; column < width; column++)
            {
                fields[column] = column < line.Length ? FormulaEscaping.Escape(line[column]) : string.Empty;
            }

            csv.WriteRecord(fields);
        }
    }

    /// <summary>The sheet's lines as a spreadsheet shows them: the preamble, an empty row when there is one, the header, the rows.</summary>
    private static IEnumerable<ImmutableArray<string>> Lines(SheetContent sheet)
    {
        foreach (var line in sheet.Preamble)
        {
            yield return line;
        }

        if (sheet.Preamble.Length > 0)
        {
            yield return [];
        }

        yield return sheet.Header;
        foreach (var row in sheet.Rows)
        {
            yield return row;
        }
    }

    private static int Width(SheetContent sheet) => Lines(sheet).Max(line => line.Length);

    /// <summary>
    /// Writes the worksheet's XML as a stream of elements (<see cref="OpenXmlWriter"/>), so that a sheet of many rows is
    /// never a tree in memory: the element order is the schema's, sheet views, then columns, then the data.
    /// </summary>
    private static void WriteWorksheet(WorksheetPart part, SheetContent sheet, SharedStrings strings)
    {
        var headerRow = (uint)(sheet.Preamble.Length + (sheet.Preamble.Length > 0 ? 2 : 1));
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane
            {
                VerticalSplit = headerRow,
                TopLeftCell = "A" + (headerRow + 1).ToString(CultureInfo.InvariantCulture),
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            },
            new Selection { Pane = PaneValues.BottomLeft })
        { WorkbookViewId = 0 }));

        if (sheet.ColumnWidths.Length > 0)
        {
            writer.WriteElement(new Columns(sheet.ColumnWidths.Select((width, index) => new Column
            {
                Min = (uint)(index + 1),
                Max = (uint)(index + 1),
                Width = width,
                CustomWidth = true,
            })));
        }

        writer.WriteStartElement(new SheetData());

        // The writer takes only the names of these two: every cell is written with them.
        var cellElement = new Cell();
        var valueElement = new CellValue();
        var number = 0u;
        foreach (var line in Lines(sheet))
        {
            number++;
            var isHeader = number == headerRow;
            var isPreamble = number < headerRow;
            var rowNumber = number.ToString(CultureInfo.InvariantCulture);
            writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", string.Empty, rowNumber)]);
            for (var index = 0; index < line.Length; index++)
            {
                var text = FormulaEscaping.Escape(CellText(line[index]));
                if (text.Length == 0)
                {
                    continue;
                }

                // Attributes and text written directly: a typed Cell per cell costs a kilobyte and more of garbage.
                writer.WriteStartElement(cellElement, [
                    new OpenXmlAttribute("r", string.Empty, Diagnostics.SourceLocation.ColumnLetters(index + 1) + rowNumber),
                    new OpenXmlAttribute("s", string.Empty, isHeader || (isPreamble && index == 0) ? BoldStyleText : WrappedStyleText),
                    new OpenXmlAttribute("t", string.Empty, "s"),
                ]);
                writer.WriteStartElement(valueElement);
                writer.WriteString(strings.IndexOf(text).ToString(CultureInfo.InvariantCulture));
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>
    /// The text of an XLSX cell: without the characters XML cannot hold, and with every line break a line feed, which is
    /// what Excel puts in a cell for Alt+Enter; a carriage return would be read back as a line feed anyway, since XML
    /// parsers normalise line ends. Escaped after this, so that a text starting with a carriage return is not escaped
    /// for a character it no longer starts with.
    /// </summary>
    private static string CellText(string text) => XmlText.Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static Stylesheet Styles() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },

        // Excel requires the first two fills to be these two, whatever the cells use.
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 49, ApplyAlignment = true, ApplyNumberFormat = true,
            },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                FontId = 1, FillId = 0, BorderId = 0, NumberFormatId = 49, ApplyAlignment = true, ApplyFont = true, ApplyNumberFormat = true,
            })
        { Count = 3 });

    /// <summary>The workbook's shared string table: each distinct text once, cells refer to it by index.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
        private readonly List<string> texts = [];

        public int IndexOf(string text)
        {
            if (!indexes.TryGetValue(text, out var index))
            {
                index = texts.Count;
                indexes.Add(text, index);
                texts.Add(text);
            }

            return index;
        }

        public void Write(SharedStringTablePart part)
        {
            using var writer = OpenXmlWriter.Create(part);
            writer.WriteStartElement(new SharedStringTable { Count = (uint)texts.Count, UniqueCount = (uint)texts.Count });
            foreach (var text in texts)
            {
                // Without xml:space="preserve" a reader may drop the text's leading and trailing spaces and line breaks.
                writer.WriteElement(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }

            writer.WriteEndElement();
        }
    }
}
