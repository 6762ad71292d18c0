using System.Collections.Immutable;
using System.Text;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Rules;
using Binatic.ProcessingRegister.Tests.Rules;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests;

public sealed class RegisterReviewTests
{
    private static readonly ReviewOptions Options = new() { ValidationOptions = RuleFixture.Options };

    // The clean fixture with an ambiguous value before the one rule finding (RPR035, a response deadline of 30 days,
    // longer than February) and another after it, so that the findings of loading and of the review interleave.
    private static string InterleavedFindings =>
        File.ReadAllText(RuleFixturePath("clean.yaml"))
            .Replace("service: Hosting", "service: yes", StringComparison.Ordinal)
            .Replace("responseDeadline: P1M", "responseDeadline: P30D", StringComparison.Ordinal) +
        "    - kind: post\n      contact: NO\n";

    [Fact]
    public void Reviewing_a_register_gives_the_findings_of_loading_and_of_the_rules_in_the_order_of_the_file()
    {
        var review = RegisterReview.OfYaml(InterleavedFindings, "register.yaml", Options);

        Assert.Equal([DiagnosticIds.AmbiguousScalar, "RPR035", DiagnosticIds.AmbiguousScalar], review.Findings.Select(finding => finding.RuleId));
    }

    [Fact]
    public void Findings_at_the_same_place_are_ordered_by_rule_id()
    {
        var review = RegisterReview.OfFile(Fixture.Register("binatic.yaml"), Options);

        Assert.Contains(review.Findings.Zip(review.Findings.Skip(1)), pair => pair.First.Location == pair.Second.Location && pair.First.RuleId != pair.Second.RuleId);
        Assert.Equal(
            review.Findings.OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.RuleId, StringComparer.Ordinal),
            review.Findings);
    }

    [Fact]
    public void The_summary_counts_each_severity_without_the_accepted_findings_which_it_counts_apart()
    {
        var review = RegisterReview.OfFile(RuleFixturePath("accepted-with-reason.yaml"), Options);

        Assert.Equal((2, 5, 0, 1), (review.ErrorCount, review.WarningCount, review.InfoCount, review.AcceptedCount));
    }

    [Fact]
    public void The_summary_counts_the_findings_of_loading_too()
    {
        var review = RegisterReview.OfYaml(InterleavedFindings, "register.yaml", Options);

        Assert.Equal((0, 3, 0, 0), (review.ErrorCount, review.WarningCount, review.InfoCount, review.AcceptedCount));
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_reported_as_unreadable_with_the_one_finding_that_says_why()
    {
        var review = RegisterReview.OfFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "register.yaml"), Options);

        Assert.True(review.IsUnreadable);
        Assert.Equal(DiagnosticIds.InputUnreadable, Assert.Single(review.Findings).RuleId);
    }

    [Fact]
    public void A_register_with_errors_is_not_reviewed_and_is_not_unreadable()
    {
        var review = RegisterReview.OfYaml("register: [", "broken.yaml", Options);

        Assert.False(review.IsUnreadable);
        Assert.False(review.Success);
        Assert.Equal(review.LoadResult.Diagnostics, review.Findings);
    }

    [Fact]
    public void A_register_read_from_a_stream_is_reviewed_as_the_same_file_is()
    {
        var path = Fixture.Register("binatic.yaml");
        using var stream = File.OpenRead(path);

        var fromStream = RegisterReview.OfStream(stream, path, Options);

        Assert.Equal(RegisterReview.OfFile(path, Options).Findings, fromStream.Findings);
    }

    [Fact]
    public void The_limits_of_the_options_apply_to_loading()
    {
        var options = Options with { LoadOptions = new LoadOptions { MaxFileSizeBytes = 10 } };

        var review = RegisterReview.OfStream(new MemoryStream(Encoding.UTF8.GetBytes(InterleavedFindings)), "register.yaml", options);

        Assert.Equal(DiagnosticIds.InputTooLarge, Assert.Single(review.Findings).RuleId);
    }

    [Fact]
    public void The_severity_changes_of_the_options_apply_to_the_review()
    {
        var options = Options with
        {
            ValidationOptions = RuleFixture.Options with
            {
                SeverityOverrides = ImmutableDictionary<string, DiagnosticSeverity>.Empty.Add("RPR035", DiagnosticSeverity.Error),
            },
        };

        var review = RegisterReview.OfYaml(InterleavedFindings, "register.yaml", options);

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(review.Findings, finding => finding.RuleId == "RPR035").Severity);
    }

    [Fact]
    public void Changing_the_severity_of_a_check_made_while_loading_is_a_programmer_error_even_when_the_register_does_not_load()
    {
        var options = Options with
        {
            ValidationOptions = RuleFixture.Options with { DisabledRules = [DiagnosticIds.YamlSyntax] },
        };

        Assert.Throws<ArgumentException>(() => RegisterReview.OfYaml("register: [", "broken.yaml", options));
    }

    private static string RuleFixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Rules", "Fixtures", name);
}
