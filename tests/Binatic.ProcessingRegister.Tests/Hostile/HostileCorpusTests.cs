using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Binatic.ProcessingRegister.Cli;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Tests.Rules;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Hostile;

/// <summary>
/// Every file of the hostile corpus is read by the library and by the CLI without an exception, within a bound
/// of time and memory, with located findings, and without changing anything on disk.
/// </summary>
/// <remarks>
/// Bounds: 5 s of wall time per file (the slowest file takes well under a second on a shared CI core; the bound
/// only catches hangs) and 100 MB allocated by the loading thread (the alias bomb is refused before expansion, so it
/// allocates a few hundred kilobytes). Circular references cannot be written in this format: ids are only ever
/// referred to from an activity (or a transfer) to a catalogue entry, never from an entry to an entry of its own kind,
/// so the corpus covers dangling references and duplicate ids instead.
/// </remarks>
public sealed class HostileCorpusTests
{
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(5);
    private const long MemoryBound = 100L * 1024 * 1024;
    private const int ShownPerFile = 5;

    /// <summary>The register the corpus files are variations of.</summary>
    private static string PlainRegister => Path.Combine(AppContext.BaseDirectory, "Export", "Fixtures", "minimal.yaml");

    [Fact]
    public void The_corpus_covers_at_least_forty_attacks()
    {
        Assert.True(HostileCorpus.Names.Count >= 40, $"The corpus has {HostileCorpus.Names.Count} files.");
    }

    [Theory]
    [MemberData(nameof(HostileCorpus.All), MemberType = typeof(HostileCorpus))]
    public void Loading_a_hostile_file_returns_findings_in_bounded_time_and_memory(string name)
    {
        var path = Path.Combine(HostileCorpus.Folder, name);
        var (result, elapsed, allocated) = LoadMeasured(path);

        Assert.True(elapsed < TimeBound, $"{name} took {elapsed.TotalMilliseconds:F0} ms.");
        Assert.True(allocated < MemoryBound, $"{name} allocated {allocated / 1024 / 1024} MB.");
        if (HostileCorpus.MustWork.Contains(name))
        {
            Assert.True(result.Success);
            Assert.Empty(result.Diagnostics);
        }
    }

    [Theory]
    [MemberData(nameof(HostileCorpus.All), MemberType = typeof(HostileCorpus))]
    public void Every_finding_on_a_hostile_file_is_located_inside_it_and_one_line(string name)
    {
        var path = Path.Combine(HostileCorpus.Folder, name);
        var lineCount = LineCount(File.ReadAllBytes(path));

        foreach (var finding in RegisterLoader.LoadFile(path).Diagnostics)
        {
            // A finding about the whole file is placed at its start too, so annotations attach to the file.
            Assert.True(finding.Line >= 1 && finding.Line <= lineCount && finding.Column >= 1, $"{finding} is outside the {lineCount} lines of {name}.");
            Assert.DoesNotContain('\n', finding.Message);
            Assert.DoesNotContain('\r', finding.Message);
        }
    }

    [Theory]
    [MemberData(nameof(HostileCorpus.All), MemberType = typeof(HostileCorpus))]
    public void Validating_a_hostile_file_exits_with_a_documented_code_and_a_located_message(string name)
    {
        var (exitCode, output, error) = Validate(Path.Combine(HostileCorpus.Folder, name));

        if (HostileCorpus.MustWork.Contains(name))
        {
            // The must-work files are the plain register saved differently, so the CLI must say exactly what it says
            // about the plain one.
            var plain = Validate(PlainRegister);
            Assert.Equal(plain.ExitCode, exitCode);
            Assert.Equal(
                plain.Output.Replace(AsShown(PlainRegister), "REGISTER", StringComparison.Ordinal),
                output.Replace(AsShown(Path.Combine(HostileCorpus.Folder, name)), "REGISTER", StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains(exitCode, new[] { ExitCodes.ErrorsFound, ExitCodes.UsageOrInputError });
            Assert.Contains($"{name}", output + error, StringComparison.Ordinal);
            Assert.Matches(@"(error|warning) RPR\d{3}:", output + error);
        }
    }

    [Fact]
    public void Validating_the_whole_corpus_changes_nothing_on_disk()
    {
        var before = HashOfFolder(HostileCorpus.Folder);

        Validate(HostileCorpus.Folder);
        foreach (var name in HostileCorpus.Names)
        {
            Validate(Path.Combine(HostileCorpus.Folder, name));
        }

        Assert.Equal(before, HashOfFolder(HostileCorpus.Folder));
    }

    [Fact]
    public void The_findings_on_every_hostile_file_are_the_approved_ones()
    {
        var listing = new StringBuilder();
        foreach (var name in HostileCorpus.Names)
        {
            var (exitCode, _, _) = Validate(Path.Combine(HostileCorpus.Folder, name));
            listing.Append(name).Append(" (exit ").Append(exitCode).Append(')').Append('\n');
            // Five findings per file show what the file produces; files with thousands of findings stay readable.
            var findings = RegisterLoader.LoadFile(Path.Combine(HostileCorpus.Folder, name)).Diagnostics;
            if (findings.Count > ShownPerFile)
            {
                listing.Append(FormattableString.Invariant($"  ({findings.Count} findings, the first {ShownPerFile} shown)")).Append('\n');
            }

            foreach (var finding in findings.Take(ShownPerFile))
            {
                listing.Append(FormattableString.Invariant($"  {finding.RuleId} {finding.Severity} {finding.Line}:{finding.Column} {finding.Message}")).Append('\n');
            }
        }

        Approvals.Verify(listing.ToString());
    }

    internal static (LoadResult Result, TimeSpan Elapsed, long Allocated) LoadMeasured(string path, LoadOptions? options = null)
    {
        // The load runs on its own task so a hang fails the test instead of blocking the run; the allocation is
        // measured on that task's thread, so tests running in parallel do not disturb it.
        var task = Task.Run(() =>
        {
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var result = RegisterLoader.LoadFile(path, options);
            return (result, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
        });
        Assert.True(task.Wait(TimeBound), $"Loading {Path.GetFileName(path)} did not finish within {TimeBound.TotalSeconds} s.");
        return task.Result;
    }

    internal static (int ExitCode, string Output, string Error) Validate(string path)
    {
        var task = Task.Run(() =>
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exitCode = CommandLineApp.Run(["validate", path], output, error, RuleFixture.Clock);
            return (exitCode, output.ToString(), error.ToString());
        });
        Assert.True(task.Wait(TimeBound), $"Validating {Path.GetFileName(path)} did not finish within {TimeBound.TotalSeconds} s.");
        return task.Result;
    }

    private static int LineCount(byte[] bytes) =>
        1 + bytes.Count(b => b == (byte)'\n') + CountLoneCarriageReturns(bytes);

    private static int CountLoneCarriageReturns(byte[] bytes) =>
        Enumerable.Range(0, bytes.Length).Count(i => bytes[i] == (byte)'\r' && (i + 1 == bytes.Length || bytes[i + 1] != (byte)'\n'));

    private static string HashOfFolder(string folder)
    {
        var text = new StringBuilder();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            text.Append(Path.GetRelativePath(folder, path)).Append(' ').Append(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))).Append('\n');
        }

        return text.ToString();
    }

    // The CLI shows paths relative to the current directory, with forward slashes.
    private static string AsShown(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/');
}
