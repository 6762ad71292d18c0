using System.Text.RegularExpressions;

namespace Binatic.ProcessingRegister.Tests.DataMap;

/// <summary>Finds the Mermaid charts of a Markdown document.</summary>
internal static partial class DataMapCharts
{
    public static List<string> InMarkdown(string markdown) =>
        [.. Fenced().Matches(markdown).Select(match => match.Groups[1].Value)];

    [GeneratedRegex("^```mermaid\\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fenced();
}
