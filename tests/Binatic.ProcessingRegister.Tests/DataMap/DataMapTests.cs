using System.Text.RegularExpressions;
using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Tests.Export;
using Binatic.ProcessingRegister.Tests.Generation;
using Binatic.ProcessingRegister.Tests.Support;
using Map = Binatic.ProcessingRegister.Export.DataMap;

namespace Binatic.ProcessingRegister.Tests.DataMap;

/// <summary>
/// The data map as text: the approved charts of the Binatic register, generated ids, labels that register text cannot
/// leave, and grouping that keeps a large register readable. <see cref="MermaidRenderingTests"/> has Mermaid itself
/// draw them.
/// </summary>
public sealed partial class DataMapTests
{
    /// <summary>Every character a Mermaid chart, a DOT graph, Markdown or HTML gives a meaning to, and Mermaid's keywords.</summary>
    public const string Hostile = "Quote \" 'single' [bracket] {brace} (paren) <script>alert(1)</script> `tick` ```fence %% comment\nend click a1 call x() ; #35; &amp; | pipe --> a1 \\ back subgraph <br/> :::special";

    private static readonly Register Binatic = RegisterLoader.LoadFile(Fixture.Register("binatic.yaml")).GetRegisterOrThrow();

    private static readonly Register Municipal = RegisterLoader.LoadFile(Fixture.Register("gemeente-voorbeeld.yaml")).GetRegisterOrThrow();

    [Fact]
    public void The_Binatic_register_as_Mermaid_gives_the_approved_chart() => Approvals.Verify(Map.ToMermaid(Binatic), "mmd");

    [Fact]
    public void The_Binatic_register_as_DOT_gives_the_approved_graph() => Approvals.Verify(Map.ToDot(Binatic), "dot");

    [Fact]
    public void Drawing_the_same_register_twice_gives_the_same_bytes()
    {
        var again = RegisterLoader.LoadFile(Fixture.Register("gemeente-voorbeeld.yaml")).GetRegisterOrThrow();

        Assert.Equal(Map.ToMermaid(Municipal), Map.ToMermaid(again));
        Assert.Equal(Map.ToDot(Municipal), Map.ToDot(again));
    }

    [Fact]
    public void Every_node_id_of_a_hostile_register_s_map_is_generated()
    {
        var chart = Map.ToMermaid(HostileRegister.With(Hostile));

        foreach (var line in chart.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            Assert.Matches(StatementOfGeneratedIds(), line);
        }
    }

    [Fact]
    public void Register_text_in_a_Mermaid_label_has_no_character_Mermaid_gives_a_meaning_to()
    {
        var chart = Map.ToMermaid(HostileRegister.With(Hostile));
        var labels = QuotedLabel().Matches(chart).Select(match => match.Groups[match.Groups[1].Success ? 1 : 2].Value).ToList();

        Assert.NotEmpty(labels);
        foreach (var label in labels)
        {
            var text = Entity().Replace(label.Replace("<br/>", " ", StringComparison.Ordinal), " ");
            Assert.DoesNotMatch("[\"`<>\\[\\]{}|;#%&\\\\]|\\n", text);
        }

        Assert.DoesNotContain("```", chart, StringComparison.Ordinal);
    }

    [Fact]
    public void Register_text_in_a_DOT_label_cannot_close_its_string()
    {
        var graph = Map.ToDot(HostileRegister.With(Hostile));

        // Outside the quoted strings only generated statements remain: ids, attributes and edges.
        var outside = DotString().Replace(graph, "\"\"");
        Assert.DoesNotContain("script", outside, StringComparison.Ordinal);
        Assert.DoesNotContain("click", outside, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", graph, StringComparison.Ordinal);
        Assert.Contains("Quote \\\" 'single'", graph, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_with_departments_has_its_activities_framed_per_department()
    {
        var chart = Map.ToMermaid(Municipal);

        Assert.Equal(Municipal.Departments.Count(department => Municipal.Activities.Any(activity => activity.Department == department.Id)), Regex.Count(chart, "^  subgraph g[0-9]+\\[", RegexOptions.Multiline));
    }

    [Fact]
    public void The_Markdown_export_of_a_register_with_departments_has_a_map_per_department()
    {
        var markdown = MarkdownExport.ToMarkdown(Municipal, new MarkdownExportOptions { Language = RegisterLanguage.English });

        Assert.Contains("## Data map\n", markdown, StringComparison.Ordinal);
        Assert.Equal(Municipal.Departments.Count(department => Municipal.Activities.Any(activity => activity.Department == department.Id)), DataMapCharts.InMarkdown(markdown).Count);
    }

    [Fact]
    public void The_Markdown_export_of_a_large_register_draws_a_map_per_twenty_activities()
    {
        var generated = RegisterLoader.Parse(RegisterGenerator.Generate(100), "generated.yaml").GetRegisterOrThrow();

        var charts = DataMapCharts.InMarkdown(MarkdownExport.ToMarkdown(generated));

        Assert.Equal(5, charts.Count);
        Assert.All(charts, chart => Assert.Equal(20, Regex.Count(chart, "^  a[0-9]+\\[", RegexOptions.Multiline)));
    }

    [Fact]
    public void An_activity_with_criminal_offence_data_is_marked_in_text_as_well_as_in_style()
    {
        var chart = Map.ToMermaid(Binatic, new DataMapOptions { Language = RegisterLanguage.English });

        Assert.Contains("<br/>#9888; criminal offence data (Art. 10)\"]", chart, StringComparison.Ordinal);
        Assert.Matches("(?m)^  class [a-z0-9,]+ criminal$", chart);
    }

    [Fact]
    public void A_country_outside_the_EEA_is_marked_in_text_as_well_as_in_style()
    {
        var chart = Map.ToMermaid(Binatic, new DataMapOptions { Language = RegisterLanguage.English });

        Assert.Contains("{{\"US<br/>#9888; outside the EEA\"}}", chart, StringComparison.Ordinal);
        Assert.Matches("(?m)^  class [a-z0-9,]+ outsideEea$", chart);
    }

    [Fact]
    public void Activities_that_disclose_to_the_same_several_recipients_draw_one_arrow_each_to_a_frame_around_them()
    {
        var chart = Map.ToMermaid(Binatic, new DataMapOptions { Language = RegisterLanguage.English });

        Assert.Contains("  subgraph r1[\"Recipients of several activities\"]\n", chart, StringComparison.Ordinal);
        Assert.Matches("(?m)^  a1 --> r1$", chart);
        Assert.DoesNotMatch("(?m)^  a1 --> p[0-9]+$", chart);
    }

    [Fact]
    public void A_recipient_only_one_activity_has_keeps_its_own_arrow_beside_the_frame()
    {
        var chart = Map.ToMermaid(Binatic);

        Assert.Matches("(?m)^  p9\\[\\[\"waarschuwingssystemen", chart);
        Assert.Matches("(?m)^  a5 --> p9$", chart);
    }

    [Fact]
    public void In_DOT_an_arrow_to_the_frame_ends_at_its_border()
    {
        var graph = Map.ToDot(Binatic);

        Assert.Contains("  compound=true;\n", graph, StringComparison.Ordinal);
        Assert.Matches("(?m)^  a1 -> p1 \\[lhead=cluster_r1\\];$", graph);
    }

    [Fact]
    public void A_change_that_alters_no_activity_s_links_has_no_map()
    {
        Assert.Null(Map.ToMermaidChange(Binatic, Binatic));
    }

    [Fact]
    public void The_map_of_a_change_draws_only_the_activities_whose_links_changed()
    {
        var chart = Map.ToMermaidChange(DiffFixture("gemeente-old.yaml"), DiffFixture("gemeente-new.yaml"))!;

        Assert.Single(Regex.Matches(chart, "(?m)^ +a[0-9]+\\["));
        Assert.Contains("a1[\"Paspoort aanvragen\"]", chart, StringComparison.Ordinal);
    }

    [Fact]
    public void The_map_of_a_change_marks_a_new_recipient_and_its_link_as_new_in_text_as_well_as_in_style()
    {
        var chart = Map.ToMermaidChange(DiffFixture("gemeente-old.yaml"), DiffFixture("gemeente-new.yaml"), new DataMapOptions { Language = RegisterLanguage.English })!;

        Assert.Contains("Veiligheidshuis<br/>#10133; new in this change\"]]", chart, StringComparison.Ordinal);
        Assert.Matches("(?m)^  a1 ==> p[0-9]+$", chart);
        Assert.Matches("(?m)^  class [a-z0-9,]+ new$", chart);
    }

    [Fact]
    public void A_link_the_earlier_version_had_is_not_marked_new()
    {
        var chart = Map.ToMermaidChange(DiffFixture("gemeente-old.yaml"), DiffFixture("gemeente-new.yaml"))!;

        Assert.Contains("  s1 --> a1", chart, StringComparison.Ordinal);
        Assert.DoesNotContain("RDW<br/>#10133;", chart, StringComparison.Ordinal);
    }

    /// <summary>Gets a register of the diff tests' fixtures, two versions of which the maps of a change compare.</summary>
    internal static Register DiffFixture(string name) =>
        RegisterLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "Diff", "Fixtures", name)).GetRegisterOrThrow();

    // A node, an edge, a frame or a style, naming only ids of the form the writer generates.
    [GeneratedRegex("^(  (subgraph g[0-9]+\\[\"[^\"]*\"\\]|end|[scapg][0-9]+(\\(\\[\"[^\"]*\"\\]\\)|\\[\"[^\"]*\"\\]|\\[\\[\"[^\"]*\"\\]\\]|\\{\\{\"[^\"]*\"\\}\\})|[scap][0-9]+ -(->|\\.->) [scap][0-9]+|classDef [a-zA-Z]+ [^\"]+|class [scap0-9,]+ [a-zA-Z]+)|    [a][0-9]+\\[\"[^\"]*\"\\])$")]
    private static partial Regex StatementOfGeneratedIds();

    [GeneratedRegex("\\[\"([^\"]*)\"\\]|\\{\\{\"([^\"]*)\"\\}\\}")]
    private static partial Regex QuotedLabel();

    [GeneratedRegex("#[0-9]+;")]
    private static partial Regex Entity();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex DotString();
}
