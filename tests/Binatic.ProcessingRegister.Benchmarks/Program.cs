using System.Globalization;
using System.Text;
using BenchmarkDotNet.Running;
using Binatic.ProcessingRegister.Benchmarks;
using Binatic.ProcessingRegister.Spreadsheets;
using Binatic.ProcessingRegister.Tests.Generation;

// `generate N PATH` writes the generated register with N activities, for the Node comparison and for anyone who
// wants to look at it; `sheet N PATH` writes the spreadsheet benchmarks' VNG sheet of N activities, as XLSX or as CSV
// by PATH's extension, for timing the command line on it; `read PATH` reads a spreadsheet with the default limits and
// nothing else, for measuring the reader's peak memory from outside (`/usr/bin/time -v`); everything else goes to BenchmarkDotNet (for example
// `--filter '*' --job short`).
if (args is ["generate", var count, var path])
{
    var activities = int.Parse(count, NumberStyles.None, CultureInfo.InvariantCulture);
    var temporary = path + ".tmp";
    File.WriteAllText(temporary, RegisterGenerator.Generate(activities), new UTF8Encoding(false));
    File.Move(temporary, path, overwrite: true);
    return 0;
}

if (args is ["sheet", var rows, var sheetPath])
{
    var rowCount = int.Parse(rows, NumberStyles.None, CultureInfo.InvariantCulture);
    var bytes = sheetPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? SheetGenerator.Csv(rowCount) : SheetGenerator.Xlsx(rowCount);
    File.WriteAllBytes(sheetPath, bytes);
    return 0;
}

if (args is ["read", var readPath])
{
    var format = readPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? SpreadsheetFormat.Csv : SpreadsheetFormat.Xlsx;
    using var file = File.OpenRead(readPath);
    var (workbook, diagnostics) = Library.Read(file, Path.GetFileName(readPath), format);
    Console.WriteLine(workbook is null ? $"refused: {diagnostics[0]}" : "read");
    return workbook is null ? 1 : 0;
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
return 0;
