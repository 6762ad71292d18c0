namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>The kinds of spreadsheet file a register is imported from and exported to.</summary>
public enum SpreadsheetFormat
{
    /// <summary>An Office Open XML workbook (<c>.xlsx</c>), as Excel and LibreOffice Calc save it.</summary>
    Xlsx,

    /// <summary>
    /// Comma-separated values (<c>.csv</c>) as RFC 4180 describes them; exports are UTF-8 with a byte order mark, so that
    /// Excel reads accented letters correctly.
    /// </summary>
    Csv,
}
