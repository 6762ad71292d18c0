using BenchmarkDotNet.Attributes;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Rules;
using Binatic.ProcessingRegister.Tests.Generation;

namespace Binatic.ProcessingRegister.Benchmarks;

/// <summary>
/// The GDPR rules as a <c>validate</c> process meets them: once, on a register that is not in the processor's cache.
/// <see cref="PipelineBenchmarks.Rules"/> repeats the rules on one register, so a register small enough to stay in the
/// cache between repetitions (1,000 activities, under this machine's 32 MB L3) is measured warm while a large one
/// cannot be, which makes the rules look worse than linear. Here every measured
/// run starts after the caches have been flushed, at every size alike.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
[IterationCount(15)]
public class ColdCacheRulesBenchmarks
{
    // Writing twice the size of the largest cache here evicts whatever the previous run left in it.
    private const int FlushBytes = 64 * 1024 * 1024;

    private static readonly LoadOptions Unlimited = new() { MaxFileSizeBytes = long.MaxValue };

    private readonly byte[] flush = new byte[FlushBytes];
    private LoadResult loaded = null!;

    /// <summary>The number of activities in the register.</summary>
    [Params(100, 1_000, 10_000)]
    public int Activities { get; set; }

    /// <summary>Generates the register, loads it once and brings the rules' code to its final, optimised form.</summary>
    [GlobalSetup]
    public void Setup()
    {
        loaded = Load(Activities);

        // With one run per iteration, the few warm-up runs would leave the rules in the runtime's quick first-tier
        // code; a small register run often enough, then a pause for the background compiler, gets the optimised code
        // that a repeated benchmark measures.
        var small = Load(100);
        for (var run = 0; run < 200; run++)
        {
            RegisterValidator.Validate(small);
        }

        Thread.Sleep(TimeSpan.FromSeconds(1));
        for (var run = 0; run < 200; run++)
        {
            RegisterValidator.Validate(small);
        }
    }

    /// <summary>Flushes the processor's caches before each measured run.</summary>
    [IterationSetup]
    public void FlushCaches()
    {
        for (var i = 0; i < flush.Length; i += 64)
        {
            flush[i]++;
        }
    }

    /// <summary>The GDPR rules on a register loaded beforehand, starting from cold caches.</summary>
    [Benchmark]
    public IReadOnlyList<Diagnostic> Rules() => RegisterValidator.Validate(loaded);

    private static LoadResult Load(int activities)
    {
        var result = RegisterLoader.Parse(RegisterGenerator.Generate(activities), "generated.yaml", Unlimited);
        return result.Success ? result : throw new InvalidOperationException($"The generated register does not load: {result.Diagnostics[0]}");
    }
}
