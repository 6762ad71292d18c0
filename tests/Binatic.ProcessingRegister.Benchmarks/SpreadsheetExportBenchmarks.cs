using BenchmarkDotNet.Attributes;
using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;
using Binatic.ProcessingRegister.Tests.Generation;

namespace Binatic.ProcessingRegister.Benchmarks;

/// <summary>
/// Writing a register loaded beforehand as a spreadsheet in the VNG layout, as XLSX and as CSV: the municipal example
/// (<c>registers/gemeente-voorbeeld.yaml</c>, embedded) and a generated register of 1,000 activities. Each file is
/// written to memory.
/// </summary>
[MemoryDiagnoser]
public class SpreadsheetExportBenchmarks
{
    private static readonly LoadOptions Unlimited = new() { MaxFileSizeBytes = long.MaxValue };

    private Register register = null!;

    /// <summary>The register: <c>municipal</c> or <c>generated-1000</c>.</summary>
    [Params("municipal", "generated-1000")]
    public string Register { get; set; } = "municipal";

    /// <summary>Loads the register.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var yaml = Register == "municipal" ? Municipal() : RegisterGenerator.Generate(1_000);
        var loaded = RegisterLoader.Parse(yaml, Register + ".yaml", Unlimited);
        register = loaded.Register ?? throw new InvalidOperationException($"The {Register} register does not load: {loaded.Diagnostics[0]}");
        Console.WriteLine($"// {Register}: {register.Activities.Count} activities");
    }

    /// <summary>The register as an XLSX workbook.</summary>
    [Benchmark]
    public long ExportXlsx() => Write(SpreadsheetFormat.Xlsx);

    /// <summary>The register as CSV.</summary>
    [Benchmark]
    public long ExportCsv() => Write(SpreadsheetFormat.Csv);

    private long Write(SpreadsheetFormat format)
    {
        using var stream = new MemoryStream();
        SpreadsheetExport.Write(register, stream, new SpreadsheetExportOptions { Format = format, Layout = SpreadsheetLayout.Vng });
        return stream.Length;
    }

    private static string Municipal()
    {
        using var resource = typeof(SpreadsheetExportBenchmarks).Assembly.GetManifestResourceStream("gemeente-voorbeeld.yaml")
            ?? throw new InvalidOperationException("The municipal register is not embedded.");
        using var reader = new StreamReader(resource);
        return reader.ReadToEnd();
    }
}
