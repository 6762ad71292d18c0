namespace Binatic.ProcessingRegister.Tests.Export;

/// <summary>A fresh, empty directory for one test, deleted with everything in it when the test ends.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory()
    {
        Path = Directory.CreateTempSubdirectory("processing-register-export-").FullName;
    }

    public string Path { get; }

    public string this[string name] => System.IO.Path.Combine(Path, name);

    /// <summary>Gets the names of the files in the directory, hidden ones included.</summary>
    public IReadOnlyList<string> FileNames => [.. Directory.EnumerateFiles(Path).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal)!];

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
