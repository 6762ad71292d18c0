using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// Draws where a register's personal data goes: from the categories of data subjects, through the processing
/// activities, to the processors and recipients that receive it and the countries it is transferred to, as a Mermaid
/// flowchart (which GitHub renders) or as a Graphviz DOT graph.
/// </summary>
/// <remarks>
/// <para>
/// Activities with special categories of personal data (Art. 9) or with personal data relating to criminal
/// convictions and offences (Art. 10), parties located outside the EEA and countries outside the EEA are marked by a
/// style and by a line of text, so that the map does not rely on colour alone. A register with departments has its
/// activities grouped per department.
/// </para>
/// <para>
/// The ids of the nodes are generated, never taken from the register, and every name from the register is escaped,
/// so that register text can neither add nodes, edges, links or directives to the map nor break out of a label. The
/// output is the same, byte for byte, for equal registers and options, with <c>\n</c> line endings.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var register = RegisterLoader.LoadFile("registers/binatic.yaml").GetRegisterOrThrow();
/// File.WriteAllText("data-map.mmd", DataMap.ToMermaid(register));
/// </code>
/// </example>
public static class DataMap
{
    /// <summary>Draws <paramref name="register"/> as a Mermaid flowchart and returns it.</summary>
    /// <param name="register">The register to draw.</param>
    /// <param name="options">The language of the fixed text (the register's own when omitted).</param>
    /// <returns>The flowchart, without a Markdown fence, with <c>\n</c> line endings and a final line break.</returns>
    public static string ToMermaid(Register register, DataMapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        var labels = Labels.For(options?.Language ?? register.Info.Language);
        var graph = DataMapGraph.Build(register, DataMapGraph.DepartmentGroups(register, labels), labels);
        return string.Join('\n', MermaidMap.Lines(graph)) + "\n";
    }

    /// <summary>
    /// Draws what a change to a register adds to its map, for a reviewer: the activities whose links differ between
    /// <paramref name="before"/> and <paramref name="after"/> (new activities, and activities with data subjects,
    /// recipients or transfers added or removed), drawn as <paramref name="after"/> has them, with every node and
    /// link the change adds drawn thick and marked "new in this change".
    /// </summary>
    /// <param name="before">The register as it was.</param>
    /// <param name="after">The register as it is now.</param>
    /// <param name="options">The language of the fixed text (<paramref name="after"/>'s own when omitted).</param>
    /// <returns>
    /// The flowchart, as <see cref="ToMermaid"/> writes it; or <see langword="null"/> when no activity's links changed,
    /// such as when only texts, retention periods or removed activities differ.
    /// </returns>
    public static string? ToMermaidChange(Register before, Register after, DataMapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var labels = Labels.For(options?.Language ?? after.Info.Language);
        var previous = DataMapGraph.Build(before, [(null, [.. before.Activities])], labels);
        var current = DataMapGraph.Build(after, [(null, [.. after.Activities])], labels);
        var changed = after.Activities
            .Where(activity => !previous.LinksByActivity.TryGetValue(activity.Id, out var links) || !links.SetEquals(current.LinksByActivity[activity.Id]))
            .ToList();
        if (changed.Count == 0)
        {
            return null;
        }

        var changedRegister = after with { Activities = [.. changed] };
        var graph = DataMapGraph.Build(after, DataMapGraph.DepartmentGroups(changedRegister, labels), labels, previous);
        return string.Join('\n', MermaidMap.Lines(graph)) + "\n";
    }

    /// <summary>Draws <paramref name="register"/> as a Graphviz DOT graph and returns it.</summary>
    /// <param name="register">The register to draw.</param>
    /// <param name="options">The language of the fixed text (the register's own when omitted).</param>
    /// <returns>The graph, with <c>\n</c> line endings and a final line break.</returns>
    public static string ToDot(Register register, DataMapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        var labels = Labels.For(options?.Language ?? register.Info.Language);
        var graph = DataMapGraph.Build(register, DataMapGraph.DepartmentGroups(register, labels), labels);
        return string.Join('\n', DotMap.Lines(graph)) + "\n";
    }
}
