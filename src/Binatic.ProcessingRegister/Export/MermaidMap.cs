using System.Globalization;
using System.Text;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// Writes a <see cref="DataMapGraph"/> as a Mermaid flowchart. Ids are generated; register text only ever appears
/// inside a quoted label, with everything but letters, digits, spaces and plain punctuation written as Mermaid's
/// numeric entity codes (<c>#60;</c>), so that it cannot close the label, start a comment, a directive, a link or
/// HTML, or end the Markdown fence around the chart.
/// </summary>
internal static class MermaidMap
{
    // Drawn as thick borders and, for EEA transfers, a dashed one, beside the text marker each node also gets.
    private static readonly string[] Styles =
    [
        "classDef subject fill:#eef4fb,stroke:#4a6f94,color:#1b1b1b",
        "classDef activity fill:#ffffff,stroke:#555555,color:#1b1b1b",
        "classDef party fill:#f3f3f3,stroke:#555555,color:#1b1b1b",
        "classDef country fill:#f3f3f3,stroke:#555555,color:#1b1b1b",
        "classDef special fill:#fde8e8,stroke:#b3261e,stroke-width:3px,color:#1b1b1b",
        "classDef criminal fill:#fff0db,stroke:#8a4b00,stroke-width:3px,color:#1b1b1b",
        "classDef outsideEea fill:#fff8d6,stroke:#6b5900,stroke-width:3px,stroke-dasharray:6 3,color:#1b1b1b",
    ];

    // Only a map of a change has new nodes (DataMap.ToMermaidChange); the register's own maps stay as they were.
    private const string NewStyle = "classDef new stroke:#1a7f37,stroke-width:4px";

    public static IEnumerable<string> Lines(DataMapGraph graph)
    {
        yield return "flowchart LR";
        foreach (var node in graph.Subjects)
        {
            yield return "  " + node.Id + "([\"" + Label(graph, node) + "\"])";
        }

        for (var group = -1; group < graph.Groups.Count; group++)
        {
            var indent = "  ";
            if (group >= 0)
            {
                yield return "  subgraph g" + (group + 1).ToString(CultureInfo.InvariantCulture) + "[\"" + Escape(graph.Groups[group]) + "\"]";
                indent = "    ";
            }

            foreach (var node in graph.Activities.Where(node => node.Group == group))
            {
                yield return indent + node.Id + "[\"" + Label(graph, node) + "\"]";
            }

            if (group >= 0)
            {
                yield return "  end";
            }
        }

        if (graph.SharedParties.Count > 0)
        {
            yield return "  subgraph " + DataMapGraph.SharedPartiesId + "[\"" + Escape(graph.Labels.DataMapSharedParties) + "\"]";

            // Without a direction Mermaid sets the frame's parties out in one row, as wide as all of them together;
            // with the chart's own direction it stacks them, so that the frame stands beside the activities.
            yield return "    direction LR";
            foreach (var node in graph.SharedParties)
            {
                yield return "    " + node.Id + "[[\"" + Label(graph, node) + "\"]]";
            }

            yield return "  end";
        }

        foreach (var node in graph.Parties.Except(graph.SharedParties))
        {
            yield return "  " + node.Id + "[[\"" + Label(graph, node) + "\"]]";
        }

        foreach (var node in graph.Countries)
        {
            yield return "  " + node.Id + "{{\"" + Label(graph, node) + "\"}}";
        }

        foreach (var edge in graph.Edges)
        {
            yield return "  " + edge.From + (edge.IsNew ? " ==> " : edge.Dashed ? " -.-> " : " --> ") + edge.To;
        }

        foreach (var style in Styles)
        {
            yield return "  " + style;
        }

        if (graph.Subjects.Concat(graph.Activities).Concat(graph.Parties).Concat(graph.Countries).Any(node => node.Marks.Contains(DataMapMark.New)))
        {
            yield return "  " + NewStyle;
        }

        foreach (var (name, nodes) in Classes(graph))
        {
            yield return "  class " + string.Join(',', nodes.Select(node => node.Id)) + " " + name;
        }
    }

    /// <summary>Escapes register text for a quoted Mermaid label.</summary>
    public static string Escape(string text) => MapText.OnOneLine(text, static (escaped, rune) =>
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (rune.IsAscii ? Rune.IsLetterOrDigit(rune) || rune.Value is '.' or ',' or '-' or '\'' or '(' or ')' or '/' or ':' or '?' or '!'
            : category is not (UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator))
        {
            escaped.Append(rune.ToString());
        }
        else
        {
            escaped.Append('#').Append(rune.Value.ToString(CultureInfo.InvariantCulture)).Append(';');
        }
    });

    private static string Label(DataMapGraph graph, DataMapNode node) =>
        string.Join("<br/>", node.Lines.Select(Escape).Concat(node.Marks.Select(mark => (mark == DataMapMark.New ? "#10133; " : "#9888; ") + Escape(graph.MarkText(mark)))));

    private static IEnumerable<(string Name, List<DataMapNode> Nodes)> Classes(DataMapGraph graph)
    {
        (string Name, List<DataMapNode> Nodes)[] classes =
        [
            ("subject", graph.Subjects),
            ("activity", graph.Activities),
            ("party", graph.Parties),
            ("country", graph.Countries),
            ("special", [.. graph.Activities.Where(node => node.Marks.Contains(DataMapMark.Special))]),
            ("criminal", [.. graph.Activities.Where(node => node.Marks.Contains(DataMapMark.Criminal))]),
            ("outsideEea", [.. graph.Parties.Concat(graph.Countries).Where(node => node.Marks.Contains(DataMapMark.OutsideEea))]),
            ("new", [.. graph.Subjects.Concat(graph.Activities).Concat(graph.Parties).Concat(graph.Countries).Where(node => node.Marks.Contains(DataMapMark.New))]),
        ];
        return classes.Where(entry => entry.Nodes.Count > 0);
    }
}
