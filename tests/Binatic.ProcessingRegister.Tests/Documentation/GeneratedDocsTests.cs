using System.Text;
using Binatic.ProcessingRegister.Rules;
using Binatic.ProcessingRegister.Tests.Registers;
using Binatic.ProcessingRegister.Tests.Rules;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Documentation;

/// <summary>
/// The rule catalogue (docs/rules.md) and the findings on the Binatic register (docs/binatic-findings.md) are generated
/// from the code, so they cannot go stale.
/// </summary>
public sealed class GeneratedDocsTests
{
    [Fact]
    public void The_rule_catalogue_page_lists_every_rule_of_the_catalogue()
    {
        var table = new StringBuilder()
            .AppendLine("| Id | Severity | Rule | GDPR |")
            .AppendLine("|---|---|---|---|");
        foreach (var rule in RuleCatalogue.All)
        {
            table.AppendLine($"| {rule.Id} | {rule.DefaultSeverity.ToString().ToLowerInvariant()} | {Cell(rule.Title)} | {Cell(rule.Articles)} |");
        }

        GeneratedSection.Verify(RepositoryFile.Path("docs/rules.md"), "rules", table.ToString());
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

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
