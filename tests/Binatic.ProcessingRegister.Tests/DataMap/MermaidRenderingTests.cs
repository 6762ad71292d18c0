using System.ComponentModel;
using System.Diagnostics;
using System.Xml.Linq;
using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Tests.Export;
using Binatic.ProcessingRegister.Tests.Generation;
using Binatic.ProcessingRegister.Tests.Support;
using Map = Binatic.ProcessingRegister.Export.DataMap;

namespace Binatic.ProcessingRegister.Tests.DataMap;

/// <summary>
/// Mermaid's own renderer (mermaid-cli in headless Chromium, run by <c>node/render.mjs</c>) draws every chart the
/// exporter writes, as GitHub would: the Binatic and municipal maps, the maps of a generated register of 100
/// activities, a register whose names hold every character with a meaning, and the map of a change to the municipal
/// register, with its thick arrows and marks for what is new; the hostile names come out as text.
/// Without Node.js, its packages (<c>npm ci</c> in <c>node/</c>) or Chromium these tests fail, saying what is missing.
/// </summary>
public sealed class MermaidRenderingTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private static readonly Lazy<Rendered> Charts = new(Render);

    public static TheoryData<string> Names => ["binatic", "municipal", "generated-1", "generated-3", "generated-5", "hostile", "change"];

    [Theory]
    [MemberData(nameof(Names))]
    public void Mermaid_draws_the_chart_without_an_error(string name)
    {
        var rendered = Charts.Value;

        Assert.True(rendered.ExitCode == 0, "Mermaid could not draw every chart:\n" + rendered.Errors);
        Assert.Contains("<svg", File.ReadAllText(rendered.Svg(name)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_hostile_names_are_drawn_as_literal_text()
    {
        var rendered = Charts.Value;
        Assert.True(rendered.ExitCode == 0, "Mermaid could not draw every chart:\n" + rendered.Errors);
        var svg = XDocument.Load(rendered.Svg("hostile"));

        var text = string.Concat(svg.Descendants().Where(element => !element.HasElements).Select(element => element.Value + " "));
        foreach (var word in DataMapTests.Hostile.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Contains(word, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(svg.Descendants(), element => element.Name.LocalName is "script");
        Assert.DoesNotContain(svg.Descendants(), element => element.Attribute("href") is not null || element.Attributes().Any(attribute => attribute.Name.LocalName == "href"));
    }

    private static Rendered Render()
    {
        var node = RepositoryFile.Path(Path.Combine("tests", "Binatic.ProcessingRegister.Tests", "DataMap", "node"));
        Assert.True(
            Directory.Exists(Path.Combine(node, "node_modules", "@mermaid-js", "mermaid-cli")),
            $"Mermaid's packages are not installed: run 'npm ci' in {Path.GetRelativePath(RepositoryFile.Path("."), node)} (and install Chromium: apt-get install chromium).");

        var directory = Directory.CreateTempSubdirectory("data-map-");
        var generated = RegisterLoader.Parse(RegisterGenerator.Generate(100), "generated.yaml").GetRegisterOrThrow();
        var charts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["binatic"] = Map.ToMermaid(RegisterLoader.LoadFile(Fixture.Register("binatic.yaml")).GetRegisterOrThrow()),
            ["municipal"] = Map.ToMermaid(RegisterLoader.LoadFile(Fixture.Register("gemeente-voorbeeld.yaml")).GetRegisterOrThrow()),
            ["hostile"] = Map.ToMermaid(HostileRegister.With(DataMapTests.Hostile)),
            ["change"] = Map.ToMermaidChange(DataMapTests.DiffFixture("gemeente-old.yaml"), DataMapTests.DiffFixture("gemeente-new.yaml"))!,
        };
        var markdownCharts = DataMapCharts.InMarkdown(MarkdownExport.ToMarkdown(generated));
        for (var i = 0; i < markdownCharts.Count; i++)
        {
            charts[$"generated-{i + 1}"] = markdownCharts[i];
        }

        foreach (var (name, chart) in charts)
        {
            File.WriteAllText(Path.Combine(directory.FullName, name + ".mmd"), chart);
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = node,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.ArgumentList.Add("render.mjs");
        foreach (var name in charts.Keys)
        {
            start.ArgumentList.Add(Path.Combine(directory.FullName, name + ".mmd"));
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception exception)
        {
            Assert.Fail("Node.js (node) is not installed or not on PATH, and the data map tests need it to run Mermaid: " + exception.Message);
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"Mermaid did not finish drawing the charts within {Timeout.TotalMinutes} minutes.");
            }

            return new Rendered(directory.FullName, process.ExitCode, errors.Result + output.Result);
        }
    }

    private sealed record Rendered(string Directory, int ExitCode, string Errors)
    {
        public string Svg(string name) => Path.Combine(Directory, name + ".svg");
    }
}
