using System.Runtime.CompilerServices;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Support;

/// <summary>Finds the files tests read: fixtures beside the test, and the repository's registers and schema.</summary>
internal static class Fixture
{
    private static readonly Lazy<Register> LazyBinatic = new(() => RegisterLoader.LoadFile(Register("binatic.yaml")).GetRegisterOrThrow());

    /// <summary>Gets the path of a fixture in the Fixtures folder beside the calling test file, as copied to the output.</summary>
    public static string Path(string name, [CallerFilePath] string sourceFile = "") =>
        System.IO.Path.Combine(AppContext.BaseDirectory, FolderOf(sourceFile), "Fixtures", name);

    /// <summary>Gets the text of a fixture beside the calling test file.</summary>
    public static string Text(string name, [CallerFilePath] string sourceFile = "") =>
        File.ReadAllText(Path(name, sourceFile));

    /// <summary>Gets the path of a register from the repository's registers folder, as copied to the output.</summary>
    public static string Register(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Registers", name);

    /// <summary>Gets the repository's Binatic register, loaded once for all tests; records are immutable, so it is safe to share.</summary>
    public static Register BinaticRegister => LazyBinatic.Value;

    /// <summary>Gets the path of the schema file, as copied to the output.</summary>
    public static string SchemaFile => System.IO.Path.Combine(AppContext.BaseDirectory, "Schema", "processing-register.schema.json");

    private static string FolderOf(string sourceFile) =>
        System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(sourceFile)!);
}
