using System.Text;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Rules;
using Binatic.ProcessingRegister.Tests.Rules;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Registers;

/// <summary>The README's rule list and its example findings are generated from the code, so they cannot go stale.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void The_readme_lists_every_rule_of_the_catalogue_the_review_s_first_then_the_checks_made_while_loading()
    {
        var table = new StringBuilder();
        Rows(table, "| Id | Severity | Rule | GDPR |", RuleCatalogue.All.Where(rule => rule.SeverityCanChange));
        table
            .AppendLine()
            .AppendLine("Loading checks the file before any rule runs; a register that fails these checks is not reviewed, and their")
            .AppendLine("severity cannot be changed:")
            .AppendLine();
        Rows(table, "| Id | Severity | Check | Defined by |", RuleCatalogue.All.Where(rule => !rule.SeverityCanChange));

        GeneratedSection.Verify(RepositoryFile.Path("README.md"), "rules", table.ToString());
    }

    [Fact]
    public void The_readme_shows_the_findings_on_the_binatic_register()
    {
        var block = new StringBuilder()
            .AppendLine("```text")
            .Append(BinaticFindings.Text())
            .AppendLine("```");

        GeneratedSection.Verify(RepositoryFile.Path("README.md"), "binatic-findings", block.ToString());
    }

    private static void Rows(StringBuilder table, string header, IEnumerable<RuleDescriptor> rules)
    {
        table.AppendLine(header).AppendLine("|---|---|---|---|");
        foreach (var rule in rules)
        {
            table.AppendLine($"| {rule.Id} | {SeverityWord.Of(rule.DefaultSeverity)} | {Cell(rule.Title)} | {Cell(rule.Articles)} |");
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
