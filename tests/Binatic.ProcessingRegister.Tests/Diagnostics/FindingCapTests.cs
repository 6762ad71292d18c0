using System.Text;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Rules;
using Binatic.ProcessingRegister.Tests.Rules;

namespace Binatic.ProcessingRegister.Tests.Diagnostics;

/// <summary>
/// A file reports at most 100 findings of one rule, then one finding of that rule, where the 101st would be, that
/// counts the rest: half a million mistakes give a report that can be read, and printed, in a moment.
/// </summary>
public sealed class FindingCapTests
{
    private const string Minimal = """
        register:
          language: nl
        controller:
          name: Voorbeeld BV
        dataSubjectCategories:
          - id: klanten
            name: Klanten
        dataCategories:
          - id: naam
            name: naam

        """;

    [Fact]
    public void Loading_a_file_of_250_unknown_keys_reports_the_first_100_and_counts_the_rest_where_the_101st_is()
    {
        var unknown = Of(DiagnosticIds.UnknownProperty, RegisterLoader.Parse(WithUnknownKeys(250), "keys.yaml").Diagnostics);

        Assert.Equal(101, unknown.Count);
        Assert.Contains("'extra99'", unknown[99].Message, StringComparison.Ordinal);
        var summary = unknown[100];
        Assert.Equal("… and 150 more RPR120 findings in this file; fix the ones above and run again.", summary.Message);
        Assert.Equal((DiagnosticSeverity.Error, unknown[99].Line + 1, 1, "/extra100"), (summary.Severity, summary.Line, summary.Column, summary.JsonPointer));
    }

    [Fact]
    public void Loading_a_file_of_exactly_100_unknown_keys_reports_each_of_them()
    {
        var unknown = Of(DiagnosticIds.UnknownProperty, RegisterLoader.Parse(WithUnknownKeys(100), "keys.yaml").Diagnostics);

        Assert.Equal(100, unknown.Count);
        Assert.All(unknown, finding => Assert.StartsWith("Unknown key 'extra", finding.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Loading_a_file_of_150_references_to_undefined_ids_reports_the_first_100_and_counts_the_rest()
    {
        var text = Minimal + Activities(1).Replace("dataCategories: [naam]", "dataCategories: [" + string.Join(", ", Enumerable.Range(0, 150).Select(i => "onbekend-" + i)) + "]", StringComparison.Ordinal);

        var unknown = Of(DiagnosticIds.UnknownReference, RegisterLoader.Parse(text, "references.yaml").Diagnostics);

        Assert.Equal(101, unknown.Count);
        Assert.Equal("… and 50 more RPR131 findings in this file; fix the ones above and run again.", unknown[100].Message);
        Assert.Equal("/activities/0/dataCategories/100", unknown[100].JsonPointer);
    }

    [Fact]
    public void Reviewing_a_register_with_150_findings_of_one_rule_reports_the_first_100_and_counts_the_rest()
    {
        var loaded = RegisterLoader.Parse(Minimal + Activities(150), "activities.yaml");

        var findings = Of("RPR007", RegisterValidator.Validate(loaded, RuleFixture.Options));

        Assert.Equal(101, findings.Count);
        Assert.Equal("… and 50 more RPR007 findings in this file; fix the ones above and run again.", findings[100].Message);
        Assert.Equal((DiagnosticSeverity.Warning, "/activities/100"), (findings[100].Severity, findings[100].JsonPointer[..15]));
        Assert.False(findings[100].IsAccepted);
    }

    [Fact]
    public void A_summary_of_findings_the_register_accepts_is_accepted_too()
    {
        var loaded = RegisterLoader.Parse(Minimal + Activities(150, "    accepted:\n      - rule: RPR007\n        reason: Kept as long as the law says.\n"), "accepted.yaml");

        var findings = Of("RPR007", RegisterValidator.Validate(loaded, RuleFixture.Options));

        Assert.Equal(101, findings.Count);
        Assert.All(findings, finding => Assert.True(finding.IsAccepted));
    }

    private static List<Diagnostic> Of(string ruleId, IEnumerable<Diagnostic> findings) =>
        [.. findings.Where(finding => finding.RuleId == ruleId)];

    private static string WithUnknownKeys(int count)
    {
        var text = new StringBuilder(Minimal).Append(Activities(1));
        for (var key = 0; key < count; key++)
        {
            text.Append("extra").Append(key).Append(": v\n");
        }

        return text.ToString();
    }

    private static string Activities(int count, string extra = "")
    {
        var text = new StringBuilder("activities:\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("  - id: levering-").Append(i).Append('\n')
                .Append("    name: Levering ").Append(i).Append('\n')
                .Append("    purposes: [uitvoeren van overeenkomsten]\n")
                .Append("    dataSubjects: [klanten]\n")
                .Append("    dataCategories: [naam]\n")
                .Append("    legalBases:\n")
                .Append("      - basis: contract\n")
                .Append(extra);
        }

        return text.ToString();
    }
}
