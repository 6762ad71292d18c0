using System.Globalization;
using Binatic.ProcessingRegister.Tests.Support;
using Microsoft.VisualBasic.FileIO;

namespace Binatic.ProcessingRegister.Tests.Import.Legacy;

/// <summary>
/// The committed workbooks are real spreadsheets, not files only the Open XML SDK accepts: LibreOffice opens each and
/// shows every cell the generator wrote, a formula as its stored value and a serial date as a date.
/// </summary>
public sealed class LegacyLibreOfficeTests
{
    public static TheoryData<string> Workbooks => new(LegacySpreadsheets.All.Where(s => s.IsWorkbook).Select(s => s.FileName));

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void LibreOffice_opens_every_workbook_and_shows_every_cell_the_generator_wrote(string fileName)
    {
        LibreOffice.SkipUnlessInstalled();
        var spreadsheet = LegacySpreadsheets.Named(fileName);
        var sheet = spreadsheet.FileName switch
        {
            "ico-controller.xlsx" => LegacyIco.Sheet,
            "cnil-registre.xlsx" => LegacyCnil.Sheet,
            _ => LegacyVng.Sheet,
        };

        var shown = ConvertToCsv(spreadsheet.Path);

        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            for (var c = 0; c < sheet.Rows[r].Length; c++)
            {
                var cell = $"{fileName} row {r + 1}, column {c + 1}";
                var actual = r < shown.Count && c < shown[r].Length ? shown[r][c] : string.Empty;
                switch (sheet.Rows[r][c])
                {
                    case SerialDate date:
                        Assert.True(actual.Contains(date.Date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), $"{cell}: '{actual}' is not shown as a date of {date.Date.Year}.");
                        break;
                    case FormulaText formula:
                        Assert.True(formula.CachedValue == actual, $"{cell}: '{actual}' is not the formula's stored value.");
                        break;
                    case var value:
                        Assert.True(((string?)value ?? string.Empty) == actual, $"{cell}: '{actual}' is not '{value}'.");
                        break;
                }
            }
        }
    }

    private static List<string[]> ConvertToCsv(string workbook)
    {
        using var parser = new TextFieldParser(new StringReader(LibreOffice.ConvertToCsv(File.ReadAllBytes(workbook))))
        {
            TextFieldType = FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields() ?? []);
        }

        return rows;
    }
}
