using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Packaging;

/// <summary>
/// Packs the whole solution once, as a maintainer would, into a temporary folder, and opens the packages it made.
/// </summary>
/// <remarks>
/// <c>dotnet pack --no-build</c> reuses what <c>dotnet test</c> has just built, in the same configuration, so this costs
/// a second or two rather than a Release build; the consumer script (<c>tests/Binatic.ProcessingRegister.Consumer/run.sh</c>)
/// is what packs in Release and uses the package.
/// </remarks>
public sealed class PackedSolution : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("packed-solution-").FullName;

    public PackedSolution()
    {
        var configuration = typeof(PackedSolution).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "pack", RepositoryFile.Path("Binatic.ProcessingRegister.sln"), "--no-build", "-c", configuration, "-o", _folder, "-nologo" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack exited with {process.ExitCode}:\n{output}\n{error.Result}");
        }

        Files = [.. Directory.EnumerateFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
    }

    /// <summary>Gets the names of the files that pack wrote, such as <c>Binatic.ProcessingRegister.0.1.0.nupkg</c>.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Gets the paths of the entries in the package whose file name starts with <paramref name="packageId"/> and the version.</summary>
    public IReadOnlyList<string> Entries(string packageId, string extension = "nupkg")
    {
        using var archive = ZipFile.OpenRead(PackagePath(packageId, extension));
        return [.. archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal)];
    }

    /// <summary>Gets the package's manifest (<c>.nuspec</c>).</summary>
    public XElement Manifest(string packageId)
    {
        using var archive = ZipFile.OpenRead(PackagePath(packageId, "nupkg"));
        using var stream = archive.GetEntry(packageId + ".nuspec")!.Open();
        return XElement.Load(stream);
    }

    /// <summary>Gets the text of one entry of the package.</summary>
    public string Text(string packageId, string entry)
    {
        using var archive = ZipFile.OpenRead(PackagePath(packageId, "nupkg"));
        using var reader = new StreamReader(archive.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>Gets the bytes of one entry of the package.</summary>
    public byte[] Bytes(string packageId, string entry)
    {
        using var archive = ZipFile.OpenRead(PackagePath(packageId, "nupkg"));
        using var stream = archive.GetEntry(entry)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PackagePath(string packageId, string extension)
    {
        // The version is left out on purpose: it lives in Directory.Build.props alone. "Id." followed by a digit
        // tells Binatic.ProcessingRegister.0.1.0 apart from Binatic.ProcessingRegister.Cli.0.1.0.
        var name = Files.Single(f => f.StartsWith(packageId + ".", StringComparison.Ordinal)
            && char.IsAsciiDigit(f[packageId.Length + 1])
            && f.EndsWith("." + extension, StringComparison.Ordinal));
        return Path.Combine(_folder, name);
    }
}
