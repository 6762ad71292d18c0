using System.Reflection;
using System.Runtime.Loader;
using Binatic.ProcessingRegister.Loading;

namespace Binatic.ProcessingRegister.Tests.Schema.Shortcut;

/// <summary>
/// A valid register is decided by the shortcut alone, so loading one must not load NJsonSchema or Newtonsoft.Json,
/// whose loading (and, for Newtonsoft's tokens, System.Linq.Expressions') is a large part of the tool's start-up.
/// The test process has loaded both long before, so the library is loaded afresh, with the assemblies beside it, into
/// a context of its own, where every assembly it pulls in can be seen.
/// </summary>
public sealed class AssemblyLoadingTests
{
    private static readonly string[] SchemaLibraries = ["NJsonSchema", "Newtonsoft.Json"];

    [Fact]
    public void Loading_a_valid_register_loads_neither_NJsonSchema_nor_Newtonsoft_Json()
    {
        var loaded = AssembliesLoadedBy(Path.Combine(AppContext.BaseDirectory, "Schema", "Fixtures", "valid.yaml"));

        Assert.Empty(loaded.Intersect(SchemaLibraries));
    }

    [Fact]
    public void Loading_a_register_with_a_schema_error_loads_both()
    {
        var loaded = AssembliesLoadedBy(Path.Combine(AppContext.BaseDirectory, "Schema", "Fixtures", "unknown-key.yaml"));

        Assert.Equal(SchemaLibraries, loaded.Intersect(SchemaLibraries).Order(StringComparer.Ordinal));
    }

    private static List<string> AssembliesLoadedBy(string register)
    {
        var context = new BesideTheLibrary(Path.GetDirectoryName(typeof(RegisterLoader).Assembly.Location)!);
        try
        {
            var library = context.LoadFromAssemblyName(typeof(RegisterLoader).Assembly.GetName());
            var loader = library.GetType(typeof(RegisterLoader).FullName!, throwOnError: true)!;
            loader.GetMethod(nameof(RegisterLoader.LoadFile))!.Invoke(null, [register, null]);
            return context.Assemblies.Select(assembly => assembly.GetName().Name!).ToList();
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Loads the library's own dependencies from its folder, and leaves the framework's to the default context.</summary>
    private sealed class BesideTheLibrary(string folder) : AssemblyLoadContext(isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(folder, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
