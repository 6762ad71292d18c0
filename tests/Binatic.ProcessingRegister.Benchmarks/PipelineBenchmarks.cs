using System.Text;
using BenchmarkDotNet.Attributes;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Rules;
using Binatic.ProcessingRegister.Tests.Generation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Binatic.ProcessingRegister.Benchmarks;

/// <summary>
/// Every stage of the pipeline on one generated register per size, against the floor: YamlDotNet's event parser
/// reading every event of the same text and doing nothing else. Each stage starts from the text or the register in
/// memory, so no benchmark measures the disk.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    // The 10,000-activity register is about 17 MB, past the loader's default 4 MiB cap; benchmarks trust their input.
    private static readonly LoadOptions Unlimited = new() { MaxFileSizeBytes = long.MaxValue };

    private string yaml = "";
    private LoadResult loaded = null!;

    /// <summary>The number of activities in the register.</summary>
    [Params(100, 1_000, 10_000)]
    public int Activities { get; set; }

    /// <summary>Generates the register and loads it once, for the stages that start from a loaded register.</summary>
    [GlobalSetup]
    public void Setup()
    {
        yaml = RegisterGenerator.Generate(Activities);
        loaded = RegisterLoader.Parse(yaml, "generated.yaml", Unlimited);
        if (!loaded.Success)
        {
            throw new InvalidOperationException($"The generated register does not load: {loaded.Diagnostics[0]}");
        }

        Console.WriteLine($"// {Activities} activities: {Encoding.UTF8.GetByteCount(yaml):N0} bytes of YAML");
    }

    /// <summary>The floor: YamlDotNet's event parser reading every event, and nothing else.</summary>
    [Benchmark(Baseline = true)]
    public int Floor()
    {
        var parser = new Parser(new StringReader(yaml));
        var events = 0;
        while (parser.MoveNext())
        {
            events++;
        }

        return events;
    }

    /// <summary>
    /// For reference: YamlDotNet's scanner alone, reading every token, which the parser turns into events. It shows how
    /// much of the floor's allocation comes before any event exists.
    /// </summary>
    [Benchmark]
    public int ScannerTokens()
    {
        var scanner = new Scanner(new StringReader(yaml));
        var tokens = 0;
        while (scanner.MoveNext())
        {
            tokens++;
        }

        return tokens;
    }

    /// <summary>For reference: YamlDotNet's node tree, which the loader built before it read the events directly.</summary>
    [Benchmark]
    public YamlStream YamlStreamLoad()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream;
    }

    /// <summary>Load: one pass from parser events to the JSON tree, schema validation and mapping to the model.</summary>
    [Benchmark]
    public LoadResult Load() => RegisterLoader.Parse(yaml, "generated.yaml", Unlimited);

    /// <summary>The GDPR rules on a register loaded beforehand.</summary>
    [Benchmark]
    public IReadOnlyList<Diagnostic> Rules() => RegisterValidator.Validate(loaded);

    /// <summary>Canonical JSON export of a register loaded beforehand.</summary>
    [Benchmark]
    public string JsonExport() => Export.JsonExport.ToJson(loaded.Register!);

    /// <summary>Markdown export of a register loaded beforehand, in the register's own language.</summary>
    [Benchmark]
    public string MarkdownExport() => Export.MarkdownExport.ToMarkdown(loaded.Register!);

    /// <summary>What <c>validate</c> does for one file: load, then the GDPR rules.</summary>
    [Benchmark]
    public int Pipeline()
    {
        var result = RegisterLoader.Parse(yaml, "generated.yaml", Unlimited);
        return result.Diagnostics.Count + RegisterValidator.Validate(result).Count;
    }
}
