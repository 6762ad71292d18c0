using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Packaging;

/// <summary>What `dotnet pack` ships: the packages a developer downloads must hold what the README promises.</summary>
public sealed partial class PackageTests(PackedSolution packed) : IClassFixture<PackedSolution>
{
    private const string Library = "Binatic.ProcessingRegister";
    private const string Tool = "Binatic.ProcessingRegister.Cli";

    [Fact]
    public void Packing_the_solution_makes_the_library_and_the_tool_with_their_symbols_and_nothing_else()
    {
        var version = VersionPrefix();

        Assert.Equal(
            [$"{Library}.{version}.nupkg", $"{Library}.{version}.snupkg", $"{Tool}.{version}.nupkg", $"{Tool}.{version}.snupkg"],
            packed.Files);
    }

    [Theory]
    [InlineData(Library)]
    [InlineData(Tool)]
    public void A_package_takes_its_version_from_Directory_Build_props(string packageId)
    {
        Assert.Equal(VersionPrefix(), Metadata(packageId, "version").Value);
    }

    [Theory]
    [InlineData(Library)]
    [InlineData(Tool)]
    public void A_package_carries_the_repository_readme_for_its_page(string packageId)
    {
        Assert.Equal("README.md", Metadata(packageId, "readme").Value);
        Assert.Equal(File.ReadAllText(RepositoryFile.Path("README.md")), packed.Text(packageId, "README.md"));
    }

    [Theory]
    [InlineData(Library)]
    [InlineData(Tool)]
    public void A_package_is_MIT_licensed_and_carries_the_license_text(string packageId)
    {
        var license = Metadata(packageId, "license");

        Assert.Equal(("expression", "MIT"), ((string?)license.Attribute("type"), license.Value));
        Assert.Equal(File.ReadAllText(RepositoryFile.Path("LICENSE")), packed.Text(packageId, "LICENSE"));
    }

    [Fact]
    public void The_library_package_names_its_repository_and_commit_for_source_link()
    {
        var repository = Metadata(Library, "repository");

        Assert.Equal("https://github.com/binatic/Binatic.ProcessingRegister", (string?)repository.Attribute("url"));
        Assert.Matches(CommitHash(), (string?)repository.Attribute("commit") ?? string.Empty);
    }

    [Fact]
    public void The_library_package_carries_the_xml_documentation_beside_the_assembly()
    {
        var entries = packed.Entries(Library);

        Assert.Contains("lib/net10.0/Binatic.ProcessingRegister.dll", entries);
        Assert.Contains("lib/net10.0/Binatic.ProcessingRegister.xml", entries);
        Assert.Contains("<member name=\"T:Binatic.ProcessingRegister.Loading.RegisterLoader\">", packed.Text(Library, "lib/net10.0/Binatic.ProcessingRegister.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_library_package_ships_the_json_schema_as_a_content_file_that_is_not_compiled()
    {
        const string Entry = "contentFiles/any/any/schema/processing-register.schema.json";
        var contentFiles = Metadata(Library, "contentFiles").Elements()
            .Select(file => ((string?)file.Attribute("include"), (string?)file.Attribute("buildAction")));

        Assert.Equal(File.ReadAllText(RepositoryFile.Path("schema/processing-register.schema.json")), packed.Text(Library, Entry));
        Assert.Contains(("any/any/schema/processing-register.schema.json", "None"), contentFiles);
    }

    [Fact]
    public void The_library_package_ships_the_Dutch_schema_for_editors_as_a_content_file_too()
    {
        const string Entry = "contentFiles/any/any/schema/processing-register.schema.nl.json";
        var contentFiles = Metadata(Library, "contentFiles").Elements()
            .Select(file => ((string?)file.Attribute("include"), (string?)file.Attribute("buildAction")));

        Assert.Equal(File.ReadAllText(RepositoryFile.Path("schema/processing-register.schema.nl.json")), packed.Text(Library, Entry));
        Assert.Equal(
            [("any/any/schema/processing-register.schema.json", "None"), ("any/any/schema/processing-register.schema.nl.json", "None")],
            contentFiles.Order());
    }

    [Fact]
    public void The_library_package_depends_only_on_the_libraries_it_runs_with()
    {
        var dependencies = Metadata(Library, "dependencies").Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string?)e.Attribute("id"));

        Assert.Equal(["AngleSharp", "CsvHelper", "DocumentFormat.OpenXml", "Markdig", "NJsonSchema", "Newtonsoft.Json", "YamlDotNet"], dependencies.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_library_package_holds_no_test_or_build_leftovers()
    {
        var leftovers = packed.Entries(Library).Where(entry =>
            entry.Contains("obj/", StringComparison.Ordinal) ||
            entry.Contains("bin/", StringComparison.Ordinal) ||
            entry.Contains(".Tests.", StringComparison.Ordinal) ||
            entry.Contains("Consumer", StringComparison.Ordinal) ||
            entry.EndsWith(".pdb", StringComparison.Ordinal) ||
            entry.EndsWith(".deps.json", StringComparison.Ordinal) ||
            entry.EndsWith(".cs", StringComparison.Ordinal));

        Assert.Empty(leftovers);
    }

    [Fact]
    public void The_library_symbols_package_holds_the_pdb_the_debugger_needs()
    {
        Assert.Contains("lib/net10.0/Binatic.ProcessingRegister.pdb", packed.Entries(Library, "snupkg"));
    }

    [Fact]
    public void The_tool_package_installs_the_processing_register_command()
    {
        var packageType = Assert.Single(Metadata(Tool, "packageTypes").Elements());
        var settings = XElement.Parse(packed.Text(Tool, "tools/net10.0/any/DotnetToolSettings.xml"));
        var command = settings.Descendants().Single(e => e.Name.LocalName == "Command");

        Assert.Equal("DotnetTool", (string?)packageType.Attribute("name"));
        Assert.Equal(("processing-register", "processing-register.dll"), ((string?)command.Attribute("Name"), (string?)command.Attribute("EntryPoint")));
    }

    [Fact]
    public void The_tool_package_is_one_portable_package_that_rolls_forward_to_newer_runtimes()
    {
        var runtimeConfig = packed.Text(Tool, "tools/net10.0/any/processing-register.runtimeconfig.json");

        Assert.All(packed.Entries(Tool).Where(e => e.StartsWith("tools/", StringComparison.Ordinal)), entry => Assert.StartsWith("tools/net10.0/any/", entry, StringComparison.Ordinal));
        Assert.Matches("\"rollForward\": \"Major\"", runtimeConfig);
    }

    [Fact]
    public void The_tool_package_carries_ReadyToRun_code_for_linux_x64_in_every_assembly_it_ships()
    {
        var assemblies = packed.Entries(Tool).Where(e => e.StartsWith("tools/net10.0/any/", StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal)).ToList();

        Assert.Contains("tools/net10.0/any/processing-register.dll", assemblies);
        Assert.All(assemblies, entry => Assert.Equal((true, LinuxX64), ReadyToRunTarget(packed.Bytes(Tool, entry))));
    }

    [Fact]
    public void The_tool_package_runs_without_tiered_PGO_emitted_code_or_background_collections_and_with_server_collections()
    {
        var runtimeConfig = packed.Text(Tool, "tools/net10.0/any/processing-register.runtimeconfig.json");

        Assert.Matches("\"System.Runtime.TieredPGO\": false", runtimeConfig);
        Assert.Matches("\"System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported\": false", runtimeConfig);
        Assert.Matches("\"System.GC.Concurrent\": false", runtimeConfig);
        Assert.Matches("\"System.GC.Server\": true", runtimeConfig);
    }

    // A ReadyToRun image for Linux marks its machine as the processor's XOR 0x7B79, so that Windows never runs its code.
    private const Machine LinuxX64 = (Machine)((int)Machine.Amd64 ^ 0x7B79);

    private static (bool ReadyToRun, Machine Machine) ReadyToRunTarget(byte[] assembly)
    {
        using var reader = new PEReader(new MemoryStream(assembly));
        var headers = reader.PEHeaders;
        return (reader.HasMetadata && headers.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, headers.CoffHeader.Machine);
    }

    private XElement Metadata(string packageId, string name) =>
        packed.Manifest(packageId).Elements().Single(e => e.Name.LocalName == "metadata").Elements().Single(e => e.Name.LocalName == name);

    private static string VersionPrefix() =>
        XElement.Load(RepositoryFile.Path("Directory.Build.props")).Descendants("VersionPrefix").Single().Value;

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex CommitHash();
}
