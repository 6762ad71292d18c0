using System.Text;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Tests.Export;

namespace Binatic.ProcessingRegister.Tests.Hostile;

/// <summary>
/// Inputs too large to commit, generated into a temporary folder: each is refused by the size limit or read within
/// the bounds of <see cref="HostileCorpusTests"/>.
/// </summary>
public sealed class LargeInputTests
{
    [Fact]
    public void A_50_MB_file_is_refused_by_the_size_limit_without_being_read_whole()
    {
        using var directory = new TemporaryDirectory();
        var path = directory["large.yaml"];
        using (var file = File.Create(path))
        {
            var line = Encoding.UTF8.GetBytes("# padding padding padding padding padding padding padding padding\n");
            while (file.Length < 50L * 1024 * 1024)
            {
                file.Write(line);
            }
        }

        var (result, _, allocated) = HostileCorpusTests.LoadMeasured(path);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.InputTooLarge, finding.RuleId);
        Assert.Contains("limit of 4,194,304 bytes", finding.Message, StringComparison.Ordinal);
        Assert.True(allocated < 20L * 1024 * 1024, $"Refusing the file allocated {allocated / 1024 / 1024} MB.");
    }

    [Fact]
    public void A_10_MB_scalar_is_refused_by_the_size_limit()
    {
        using var directory = new TemporaryDirectory();
        var path = directory["scalar.yaml"];
        File.WriteAllText(path, "controller:\n  name: " + new string('x', 10 * 1024 * 1024) + "\n");

        var (result, _, _) = HostileCorpusTests.LoadMeasured(path);

        Assert.Equal(DiagnosticIds.InputTooLarge, Assert.Single(result.Diagnostics).RuleId);
    }

    [Fact]
    public void A_10_MB_scalar_is_read_in_bounded_time_when_the_limit_is_raised_for_a_trusted_file()
    {
        using var directory = new TemporaryDirectory();
        var path = directory["scalar.yaml"];
        File.WriteAllText(path, "controller:\n  name: " + new string('x', 10 * 1024 * 1024) + "\n");

        var (result, _, _) = HostileCorpusTests.LoadMeasured(path, new LoadOptions { MaxFileSizeBytes = 16 * 1024 * 1024 });

        Assert.DoesNotContain(result.Diagnostics, finding => finding.RuleId is DiagnosticIds.InputTooLarge or DiagnosticIds.YamlSyntax);
        Assert.All(result.Diagnostics, finding => Assert.True(finding.Message.Length < 1000, "A message quotes the whole scalar."));
    }

    [Fact]
    public void A_mapping_with_100_000_keys_is_read_in_bounded_time_and_memory()
    {
        using var directory = new TemporaryDirectory();
        var path = directory["keys.yaml"];
        var text = new StringBuilder("controller:\n  name: Voorbeeld BV\nextra:\n");
        for (var key = 0; key < 100_000; key++)
        {
            text.Append("  k").Append(key).Append(": v\n");
        }

        File.WriteAllText(path, text.ToString());

        var (result, _, _) = HostileCorpusTests.LoadMeasured(path);

        Assert.Contains(result.Diagnostics, finding => finding.Line == 3 && finding.Message.Contains("'extra'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_of_20_000_unknown_keys_reports_the_first_100_and_counts_the_rest()
    {
        var text = new StringBuilder();
        for (var key = 0; key < 20_000; key++)
        {
            text.Append('k').Append(key).Append(": v\n");
        }

        var unknown = FindingsOnGenerated(text.ToString(), DiagnosticIds.UnknownProperty);

        Assert.Equal(101, unknown.Count);
        Assert.Equal((101, "… and 19,900 more RPR120 findings in this file; fix the ones above and run again."), (unknown[100].Line, unknown[100].Message));
    }

    [Fact]
    public void A_file_of_10_000_references_to_undefined_ids_beside_10_000_ids_is_read_in_bounded_time()
    {
        var text = new StringBuilder("register:\n  language: nl\ncontroller:\n  name: X\ndataSubjectCategories:\n  - id: klanten\n    name: K\ndataCategories:\n");
        for (var id = 0; id < 10_000; id++)
        {
            text.Append("  - id: categorie-").Append(id).Append("\n    name: Categorie\n");
        }

        text.Append("activities:\n  - id: a\n    name: A\n    purposes: [p]\n    dataSubjects: [klanten]\n    legalBases:\n      - basis: contract\n    dataCategories:\n");
        for (var id = 0; id < 10_000; id++)
        {
            text.Append("      - categori-").Append(id).Append('\n');
        }

        var unknown = FindingsOnGenerated(text.ToString(), DiagnosticIds.UnknownReference);

        Assert.Equal(101, unknown.Count);
        Assert.EndsWith("(did you mean 'categorie-99'?)", unknown[99].Message, StringComparison.Ordinal);
    }

    private static List<Diagnostic> FindingsOnGenerated(string text, string ruleId)
    {
        using var directory = new TemporaryDirectory();
        var path = directory["generated.yaml"];
        File.WriteAllText(path, text);

        var (result, _, _) = HostileCorpusTests.LoadMeasured(path);

        return [.. result.Diagnostics.Where(finding => finding.RuleId == ruleId)];
    }
}
