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
