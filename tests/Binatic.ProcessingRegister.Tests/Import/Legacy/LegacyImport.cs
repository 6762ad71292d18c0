using System.Text;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Import;
using Binatic.ProcessingRegister.Tests.Rules;

namespace Binatic.ProcessingRegister.Tests.Import.Legacy;

/// <summary>
/// Imports a legacy register from <c>registers/spreadsheets/</c> as <c>processing-register import</c> does, and writes
/// what a user then sees: the findings, one line each with the file named from the repository's root, and the
/// findings of the first review of the imported register, on the fixed day of the rule tests, in its own language.
/// </summary>
internal static class LegacyImport
{
    public static SpreadsheetImportResult Of(string fileName)
    {
        // Read from a stream under the path from the repository's root, so that no machine's folders are approved.
        var spreadsheet = LegacySpreadsheets.Named(fileName);
        using var stream = File.OpenRead(spreadsheet.Path);
        return SpreadsheetImport.Import(stream, spreadsheet.RelativePath, new SpreadsheetImportOptions { Layout = spreadsheet.Layout });
    }

    /// <summary>Gets the register the import wrote; fails with the import's findings when it wrote none.</summary>
    public static string Yaml(string fileName)
    {
        var result = Of(fileName);
        Assert.True(result.Yaml is not null, $"{fileName} imported to no register:\n{FindingsText(result.Diagnostics)}");
        return result.Yaml;
    }

    public static string Findings(string fileName) => FindingsText(Of(fileName).Diagnostics);

    public static string ReviewFindings(string fileName)
    {
        var review = RegisterReview.OfYaml(Yaml(fileName), YamlName(fileName), new ReviewOptions { ValidationOptions = RuleFixture.Options with { Language = null } });
        return Lines(review.Findings.Select(finding => finding.ToString()));
    }

    /// <summary>Gets the name a user would give the imported register: the spreadsheet's, with <c>.yaml</c>.</summary>
    public static string YamlName(string fileName) => $"{LegacySpreadsheets.Folder}/{Path.ChangeExtension(fileName, ".yaml")}";

    private static string FindingsText(IEnumerable<Diagnostic> findings)
    {
        return Lines(findings.Select(finding => finding.ToString()));
    }

    private static string Lines(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }
}
