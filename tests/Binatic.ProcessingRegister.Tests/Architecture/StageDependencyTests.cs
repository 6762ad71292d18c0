using System.Reflection;
using Binatic.ProcessingRegister.Loading;

namespace Binatic.ProcessingRegister.Tests.Architecture;

/// <summary>
/// The library is a pipeline: YAML is parsed with positions, checked against the schema, bound to the model, its
/// references resolved (the loader runs these four), reviewed by the GDPR rules, and exported or compared. Data flows
/// forward only, so a stage may use the stages that ran before it and the parts shared by all, never a later stage
/// or a sibling. These tests read every type of the assembly, including the IL of its method bodies, and fail on
/// any reference against that flow.
/// </summary>
public sealed class StageDependencyTests
{
    private const string Root = "Binatic.ProcessingRegister";

    /// <summary>Parts every stage may use: the model, the one shape of a finding, dated legal facts, Markdown escaping and spreadsheet files.</summary>
    private static readonly HashSet<string> Shared = ["Model", "Diagnostics", "Facts", "Markdown", "Spreadsheets"];

    /// <summary>Each stage, with the stages it may use. The root namespace is the facade, which may use every stage.</summary>
    private static readonly Dictionary<string, string[]> Stages = new()
    {
        // The import reads back the export's own words (labels, marks, the forms of its cells), so it uses the
        // export's labels rather than a copy of them; the export never uses the import.
        ["Import"] = ["Export"],
        ["Parsing"] = [],
        ["Schema"] = ["Parsing"],
        ["Binding"] = ["Parsing"],
        ["References"] = ["Parsing"],
        ["Loading"] = ["Parsing", "Schema", "Binding", "References"],
        ["Rules"] = ["Parsing", "Loading"],
        ["Export"] = [],
        ["Diff"] = [],

        // The notice check reads a loaded register and places its findings in the register's file.
        ["NoticeCheck"] = ["Parsing", "Loading"],
        [string.Empty] = ["Import", "Parsing", "Schema", "Binding", "References", "Loading", "Rules", "Export", "Diff"],
    };

    private static readonly Assembly Library = typeof(RegisterLoader).Assembly;

    [Fact]
    public void Every_namespace_of_the_library_is_a_stage_or_a_shared_part()
    {
        var unknown = LibraryTypes().Select(PartOf).Where(part => !Shared.Contains(part) && !Stages.ContainsKey(part)).Distinct();

        Assert.Empty(unknown);
    }

    [Fact]
    public void No_stage_uses_a_later_stage_or_a_sibling()
    {
        var violations = LibraryTypes()
            .SelectMany(type => TypeReferences.Of(type).Select(reference => (From: PartOf(type), To: reference.Target, reference.Where)))
            .Where(edge => edge.To.Assembly == Library && IsOurs(edge.To) && !Allowed(edge.From, PartOf(edge.To)))
            .Select(edge => $"{edge.Where} uses {edge.To.FullName}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(violations.Count == 0, "Against the flow of the pipeline:" + Environment.NewLine + string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void No_shared_part_uses_a_stage()
    {
        var violations = LibraryTypes()
            .Where(type => Shared.Contains(PartOf(type)))
            .SelectMany(type => TypeReferences.Of(type))
            .Where(reference => reference.Target.Assembly == Library && IsOurs(reference.Target) && !Shared.Contains(PartOf(reference.Target)))
            .Select(reference => $"{reference.Where} uses {reference.Target.FullName}")
            .Distinct()
            .ToList();

        Assert.True(violations.Count == 0, "A shared part depends on a stage:" + Environment.NewLine + string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void Parsing_does_not_know_the_schema_validators_library()
    {
        string[] schemaLibraries = ["Newtonsoft.Json", "NJsonSchema"];

        var uses = LibraryTypes()
            .Where(type => PartOf(type) == "Parsing")
            .SelectMany(type => TypeReferences.Of(type))
            .Where(reference => schemaLibraries.Contains(reference.Target.Assembly.GetName().Name))
            .Select(reference => $"{reference.Where} uses {reference.Target.FullName}")
            .Distinct()
            .ToList();

        Assert.True(uses.Count == 0, string.Join(Environment.NewLine, uses));
    }

    [Fact]
    public void Only_the_notice_check_knows_the_Markdown_and_HTML_parsers()
    {
        string[] noticeLibraries = ["Markdig", "AngleSharp"];

        var uses = LibraryTypes()
            .Where(type => PartOf(type) != "NoticeCheck")
            .SelectMany(type => TypeReferences.Of(type))
            .Where(reference => noticeLibraries.Contains(reference.Target.Assembly.GetName().Name))
            .Select(reference => $"{reference.Where} uses {reference.Target.FullName}")
            .Distinct()
            .ToList();

        Assert.True(uses.Count == 0, string.Join(Environment.NewLine, uses));
    }

    [Theory]
    [InlineData("Diff", "Export")]
    [InlineData("Export", "Diff")]
    [InlineData("Diff", "Rules")]
    [InlineData("Export", "Binding")]
    [InlineData("Rules", "Binding")]
    [InlineData("Loading", "Rules")]
    [InlineData("Parsing", "Schema")]
    [InlineData("Model", "Binding")]
    public void A_reference_against_the_flow_is_not_allowed(string from, string to) =>
        Assert.False(Allowed(from, to));

    [Fact]
    public void The_reader_sees_a_reference_made_only_inside_a_method_body()
    {
        // The loader names the reference checker in no signature: it creates and calls it inside LoadCore's body.
        var checker = Library.GetType($"{Root}.References.ReferenceChecker", throwOnError: true)!;

        Assert.Contains(TypeReferences.Of(typeof(RegisterLoader)), reference => reference.Target == checker);
    }

    private static bool Allowed(string from, string to) =>
        from == to || Shared.Contains(to) || (Stages.TryGetValue(from, out var earlier) && earlier.Contains(to));

    private static IEnumerable<Type> LibraryTypes() =>
        Library.GetTypes().Where(type => type.DeclaringType is null && IsOurs(type));

    private static bool IsOurs(Type type) =>
        type.Namespace is { } ns && (ns == Root || ns.StartsWith(Root + ".", StringComparison.Ordinal));

    /// <summary>The first namespace segment below the root: <c>Rules.Catalogue</c> is part of <c>Rules</c>.</summary>
    private static string PartOf(Type type)
    {
        var below = type.Namespace!.Length > Root.Length ? type.Namespace[(Root.Length + 1)..] : string.Empty;
        var dot = below.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? below : below[..dot];
    }
}
