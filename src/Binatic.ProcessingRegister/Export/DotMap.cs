using System.Globalization;
using System.Text;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// Writes a <see cref="DataMapGraph"/> as a Graphviz DOT graph. Ids are generated; register text only ever appears
/// inside a double-quoted string, with backslashes and quotes escaped and white space and control characters made
/// single spaces, so that it cannot close the string or add statements.
/// </summary>
internal static class DotMap
{
    public static IEnumerable<string> Lines(DataMapGraph graph)
    {
        yield return "digraph data_map {";
        yield return "  rankdir=LR;";
        if (graph.SharedParties.Count > 0)
        {
            // An arrow to the frame of shared parties is drawn to its first party and clipped at the frame.
            yield return "  compound=true;";
        }

        yield return "  node [fontname=\"Helvetica\", fontsize=10, style=filled, fillcolor=\"#ffffff\", color=\"#555555\"];";
        foreach (var node in graph.Subjects)
        {
            yield return "  " + node.Id + " [shape=ellipse, fillcolor=\"#eef4fb\", label=" + Label(graph, node) + "];";
        }

        for (var group = -1; group < graph.Groups.Count; group++)
        {
            var indent = "  ";
            if (group >= 0)
            {
                yield return "  subgraph cluster_g" + (group + 1).ToString(CultureInfo.InvariantCulture) + " {";
                yield return "    label=" + Quote(graph.Groups[group]) + ";";
                indent = "    ";
            }

            foreach (var node in graph.Activities.Where(node => node.Group == group))
            {
                yield return indent + node.Id + " [shape=box" + Marked(node) + ", label=" + Label(graph, node) + "];";
            }

            if (group >= 0)
            {
                yield return "  }";
            }
        }

        if (graph.SharedParties.Count > 0)
        {
            yield return "  subgraph cluster_" + DataMapGraph.SharedPartiesId + " {";
            yield return "    label=" + Quote(graph.Labels.DataMapSharedParties) + ";";
            foreach (var node in graph.SharedParties)
            {
                yield return "    " + node.Id + " [shape=component" + Marked(node) + ", label=" + Label(graph, node) + "];";
            }

            yield return "  }";
        }

        foreach (var node in graph.Parties.Except(graph.SharedParties))
        {
            yield return "  " + node.Id + " [shape=component" + Marked(node) + ", label=" + Label(graph, node) + "];";
        }

        foreach (var node in graph.Countries)
        {
            yield return "  " + node.Id + " [shape=hexagon" + Marked(node) + ", label=" + Label(graph, node) + "];";
        }

        foreach (var edge in graph.Edges)
        {
            yield return edge.To == DataMapGraph.SharedPartiesId
                ? "  " + edge.From + " -> " + graph.SharedParties[0].Id + " [lhead=cluster_" + DataMapGraph.SharedPartiesId + "];"
                : "  " + edge.From + " -> " + edge.To + (edge.Dashed ? " [style=dashed];" : ";");
        }

        yield return "}";
    }

    /// <summary>Quotes register text as a DOT string.</summary>
    public static string Quote(string text) => "\"" + Escape(text) + "\"";

    private static string Escape(string text) => MapText.OnOneLine(text, static (escaped, rune) =>
    {
        if (rune.Value is '\\' or '"')
        {
            escaped.Append('\\');
        }

        escaped.Append(rune.ToString());
    });

    private static string Marked(DataMapNode node) =>
        node.Marks.Contains(DataMapMark.Special) ? ", penwidth=3, color=\"#b3261e\", fillcolor=\"#fde8e8\""
        : node.Marks.Contains(DataMapMark.Criminal) ? ", penwidth=3, color=\"#8a4b00\", fillcolor=\"#fff0db\""
        : node.Marks.Contains(DataMapMark.OutsideEea) ? ", penwidth=3, style=\"filled,dashed\", color=\"#6b5900\", fillcolor=\"#fff8d6\""
        : string.Empty;

    // Lines are joined by DOT's own \n escape, written after the text has been escaped.
    private static string Label(DataMapGraph graph, DataMapNode node) =>
        "\"" + string.Join("\\n", node.Lines.Select(Escape).Concat(node.Marks.Select(mark => "\u26A0 " + Escape(graph.MarkText(mark))))) + "\"";
}
