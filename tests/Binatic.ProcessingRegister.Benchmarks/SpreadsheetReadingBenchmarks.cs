using BenchmarkDotNet.Attributes;
using Binatic.ProcessingRegister.Import;
using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Benchmarks;

/// <summary>
/// Reading a VNG model register of 1,000 and 100,000 rows × 17 columns (<see cref="SheetGenerator"/>) as XLSX and as
/// CSV, with the default limits (the reader alone, through <see cref="Library"/>), and importing it to YAML. The files are made in memory once, so no benchmark
/// measures the disk.
/// </summary>
[MemoryDiagnoser]
public class SpreadsheetReadingBenchmarks
{
    private static readonly SpreadsheetImportOptions Vng = new() { Layout = SpreadsheetLayout.Vng };

    private byte[] xlsx = [];
    private byte[] csv = [];

    /// <summary>The number of activity rows under the header.</summary>
    [Params(1_000, 100_000)]
    public int Rows { get; set; }

    /// <summary>Writes both files and checks that the default limits accept them.</summary>
    [GlobalSetup]
    public void Setup()
    {
        xlsx = SheetGenerator.Xlsx(Rows);
        csv = SheetGenerator.Csv(Rows);
        foreach (var (bytes, name, format) in new[] { (xlsx, "vng.xlsx", SpreadsheetFormat.Xlsx), (csv, "vng.csv", SpreadsheetFormat.Csv) })
        {
            var (workbook, diagnostics) = Library.Read(bytes, name, format);
            if (workbook is null)
            {
                throw new InvalidOperationException($"The default limits refuse the generated {name}: {diagnostics[0]}");
            }
        }

        Console.WriteLine($"// {Rows} rows × {SheetGenerator.Columns} columns: XLSX {xlsx.Length:N0} bytes, CSV {csv.Length:N0} bytes");
    }

    /// <summary>The XLSX file read into its sheet's cells.</summary>
    [Benchmark]
    public object? ReadXlsx() => Library.Read(xlsx, "vng.xlsx", SpreadsheetFormat.Xlsx).Workbook;

    /// <summary>The CSV file read into its sheet's cells.</summary>
    [Benchmark]
    public object? ReadCsv() => Library.Read(csv, "vng.csv", SpreadsheetFormat.Csv).Workbook;

    /// <summary>What <c>import</c> does with the XLSX file: read, recognise every cell, write the register's YAML.</summary>
    [Benchmark]
    public SpreadsheetImportResult ImportXlsx() => SpreadsheetImport.Import(new MemoryStream(xlsx, writable: false), "vng.xlsx", Vng);

    /// <summary>What <c>import</c> does with the CSV file.</summary>
    [Benchmark]
    public SpreadsheetImportResult ImportCsv() => SpreadsheetImport.Import(new MemoryStream(csv, writable: false), "vng.csv", Vng);
}
