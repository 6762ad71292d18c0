using System.Text;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Rules;
using Binatic.ProcessingRegister.Tests.Registers;
using Binatic.ProcessingRegister.Tests.Rules;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Documentation;

/// <summary>
/// The rule catalogue (docs/rules.md) and the findings on the Binatic register (docs/binatic-findings.md) and on the
/// municipal register (docs/municipal-findings.md) are generated from the code, so they cannot go stale.
/// </summary>
public sealed class GeneratedDocsTests
{
    [Fact]
    public void The_rule_catalogue_page_lists_every_rule_the_review_s_first_then_the_checks_made_while_loading_then_the_notice_checks()
    {
        var table = new StringBuilder();
        Rows(table, "| Id | Severity | Rule | GDPR |", RuleCatalogue.All.Where(rule => rule.SeverityCanChange));
        table
            .AppendLine()
            .AppendLine("Loading checks the file before any rule runs; a register that fails these checks is not reviewed, and their")
            .AppendLine("severity cannot be changed:")
            .AppendLine();
        Rows(table, "| Id | Severity | Check | Defined by |", RuleCatalogue.All.Where(rule => !rule.SeverityCanChange && rule.Stage != RuleStage.Notice));
        table
            .AppendLine()
            .AppendLine("Comparing a published privacy notice with the register ([check-notice.md](check-notice.md)) reports these; their")
            .AppendLine("severity cannot be changed either:")
            .AppendLine();
        Rows(table, "| Id | Severity | Check | GDPR |", RuleCatalogue.All.Where(rule => rule.Stage == RuleStage.Notice));

        GeneratedSection.Verify(RepositoryFile.Path("docs/rules.md"), "rules", table.ToString());
    }

    [Fact]
    public void The_rule_catalogue_page_explains_every_rule_under_a_heading_that_is_its_own_id()
    {
        // The heading is the bare id so that its anchor is the id in lower case (docs/rules.md#rpr024): the language
        // server links every finding there, and a title change cannot break the link.
        var explanations = new StringBuilder();
        foreach (var rule in RuleCatalogue.All)
        {
            explanations
                .AppendLine($"### {rule.Id}")
                .AppendLine()
                .AppendLine($"**{rule.Title}** · {SeverityWord.Of(rule.DefaultSeverity)} · {rule.Articles}")
                .AppendLine()
                .AppendLine($"- What it checks: {rule.Description}")
                .AppendLine($"- Why it matters: {rule.Rationale}")
                .AppendLine($"- How to fix: {rule.Fix}")
                .AppendLine();
        }

        GeneratedSection.Verify(RepositoryFile.Path("docs/rules.md"), "explanations", explanations.ToString());
    }

    [Fact]
    public void The_binatic_findings_page_shows_the_findings_on_the_binatic_register()
    {
        var block = new StringBuilder()
            .AppendLine("```text")
            .Append(BinaticFindings.Text())
            .AppendLine("```");

        GeneratedSection.Verify(RepositoryFile.Path("docs/binatic-findings.md"), "binatic-findings", block.ToString());
    }

    [Fact]
    public void The_municipal_findings_page_shows_the_findings_on_the_municipal_register()
    {
        var block = new StringBuilder()
            .AppendLine("```text")
            .Append(RegisterFindings.Text("gemeente-voorbeeld.yaml"))
            .AppendLine("```");

        GeneratedSection.Verify(RepositoryFile.Path("docs/municipal-findings.md"), "municipal-findings", block.ToString());
    }

    [Fact]
    public void The_processor_record_page_shows_the_findings_on_the_example_processor_record()
    {
        var block = new StringBuilder()
            .AppendLine("```text")
            .Append(RegisterFindings.Text("verwerker-voorbeeld.yaml"))
            .AppendLine("```");

        GeneratedSection.Verify(RepositoryFile.Path("docs/processor-record.md"), "processor-findings", block.ToString());
    }

    private static void Rows(StringBuilder table, string header, IEnumerable<RuleDescriptor> rules)
    {
        table.AppendLine(header).AppendLine("|---|---|---|---|");
        foreach (var rule in rules)
        {
            table.AppendLine($"| [{rule.Id}](#{rule.Id.ToLowerInvariant()}) | {SeverityWord.Of(rule.DefaultSeverity)} | {Cell(rule.Title)} | {Cell(rule.Articles)} |");
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
