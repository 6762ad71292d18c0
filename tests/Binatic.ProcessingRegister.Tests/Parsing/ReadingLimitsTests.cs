using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Parsing;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Parsing;

public sealed class ReadingLimitsTests
{
    [Fact]
    public void Reading_text_over_the_size_limit_reports_it_at_the_start_of_the_file_and_reads_nothing()
    {
        var document = ParsingFixture.Read("name: payroll\n", new LoadOptions { MaxFileSizeBytes = 10 });

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.InputTooLarge);
        Assert.Equal((1, 1), (finding.Line, finding.Column));
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.False(document.Map.IsComplete);
    }

    [Fact]
    public void Reading_text_exactly_at_the_size_limit_is_accepted()
    {
        var document = ParsingFixture.Read("a: 1\n", new LoadOptions { MaxFileSizeBytes = 5 });

        Assert.Empty(document.Diagnostics);
        Assert.True(document.Map.IsComplete);
    }

    [Fact]
    public void Reading_a_million_nested_brackets_reports_the_first_level_past_the_limit_without_crashing()
    {
        var document = ParsingFixture.Read("a: " + new string('[', 1_000_000));

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.NestingTooDeep);
        Assert.Equal(1, finding.Line);
        Assert.Equal(4 + 63, finding.Column);
        Assert.Equal("/a" + string.Concat(Enumerable.Repeat("/0", 63)), finding.JsonPointer);
        Assert.False(document.Map.IsComplete);
    }

    [Fact]
    public void Reading_nesting_exactly_at_the_limit_is_accepted()
    {
        var document = ParsingFixture.Read("a: " + new string('[', 63) + new string(']', 63));

        Assert.Empty(document.Diagnostics);
        Assert.True(document.Map.IsComplete);
    }

    [Fact]
    public void Reading_nesting_deeper_than_a_lowered_limit_reports_it()
    {
        var document = ParsingFixture.Read("a:\n  b:\n    c: 1\n", new LoadOptions { MaxDepth = 2 });

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.NestingTooDeep);
        Assert.Equal((3, 5), (finding.Line, finding.Column));
        Assert.Equal("/a/b", finding.JsonPointer);
    }

    [Fact]
    public void Reading_a_billion_laughs_document_refuses_its_anchors_and_aliases_before_expanding_them()
    {
        var document = ParsingFixture.ReadFixture("billion-laughs.yaml");

        Assert.False(document.Map.IsComplete);
        Assert.All(document.Diagnostics, finding => Assert.Equal(DiagnosticIds.AliasNotAllowed, finding.RuleId));
        var first = document.Diagnostics[0];
        Assert.Equal((1, 4), (first.Line, first.Column));
        Assert.Equal("/a", first.JsonPointer);
        Assert.Contains("'&a'", first.Message, StringComparison.Ordinal);
        var firstAlias = document.Diagnostics[2];
        Assert.Equal((2, 8), (firstAlias.Line, firstAlias.Column));
        Assert.Equal("/b/0", firstAlias.JsonPointer);
    }

    [Fact]
    public void Reading_a_flood_of_mistakes_stops_at_the_diagnostic_limit()
    {
        var yaml = "a: &x 1\nb: [" + string.Join(", ", Enumerable.Repeat("*x", 10_000)) + "]\n";

        var document = ParsingFixture.Read(yaml);

        Assert.Equal(YamlDocumentReader.MaxDiagnostics, document.Diagnostics.Count);
    }

    [Fact]
    public void Reading_a_document_with_more_values_than_the_node_budget_reports_it_as_too_large()
    {
        var budget = LoadOptions.Default.MaxNodes;
        var yaml = "a: [" + string.Join(",", Enumerable.Repeat("0", budget)) + "]\n";

        var document = ParsingFixture.Read(yaml);

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.InputTooLarge);
        // The root mapping, the key and the sequence count too, so the entry at index budget - 3 is the first too many.
        var firstTooMany = budget - 3;
        Assert.Equal((1, 5 + (2 * firstTooMany)), (finding.Line, finding.Column));
        Assert.Equal("/a/" + firstTooMany, finding.JsonPointer);
        Assert.False(document.Map.IsComplete);
    }

    [Fact]
    public void Reading_a_document_past_a_lowered_node_budget_stops_where_it_runs_out()
    {
        var document = ParsingFixture.Read("a: [1, 2, 3, 4, 5, 6, 7, 8]\n", new LoadOptions { MaxNodes = 6 });

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.InputTooLarge);
        Assert.Equal(("/a/3", 1, 14), (finding.JsonPointer, finding.Line, finding.Column));
        Assert.Contains("raise LoadOptions.MaxNodes", finding.Message, StringComparison.Ordinal);
        Assert.False(document.Map.IsComplete);
    }

    [Fact]
    public void Reading_a_document_within_a_raised_node_budget_succeeds()
    {
        var document = ParsingFixture.Read("a: [1, 2, 3, 4, 5, 6, 7, 8]\n", new LoadOptions { MaxNodes = 11 });

        Assert.Empty(document.Diagnostics);
        Assert.Equal(8, TreeTokens.Of(document.Map)["a"]!.Count());
    }
}
