using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Parsing;

public sealed class ReadingStructureTests
{
    [Fact]
    public void Reading_a_mapping_with_a_duplicate_key_reports_both_locations()
    {
        var document = ParsingFixture.ReadFixture("duplicate-key.yaml");

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.DuplicateKey);
        Assert.Equal((7, 5), (finding.Line, finding.Column));
        Assert.Equal("/activities/0/name", finding.JsonPointer);
        Assert.Equal(
            "The key 'name' appears twice in this mapping: first at line 6, column 5, again here; remove one of them or merge their values.",
            finding.Message);
        Assert.False(document.Map.IsComplete);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(30)]
    public void Reading_a_large_mapping_with_a_duplicate_key_reports_both_locations(int repeated)
    {
        // Past 16 keys a mapping looks its keys up in a table, filled with the keys so far and then with each new one.
        var keys = Enumerable.Range(1, 40).Select(i => $"key{i}: {i}").Append($"key{repeated}: again");
        var document = ParsingFixture.Read(string.Join('\n', keys) + "\n");

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.DuplicateKey);
        Assert.Equal((41, 1), (finding.Line, finding.Column));
        Assert.Contains($"The key 'key{repeated}' appears twice in this mapping: first at line {repeated}, column 1", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_keys_that_differ_in_yaml_but_not_as_json_text_reports_a_duplicate_key()
    {
        var document = ParsingFixture.Read("1: one\n\"1\": also one\n");

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.DuplicateKey);
        Assert.Equal((2, 1), (finding.Line, finding.Column));
        Assert.Contains("first at line 1, column 1", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_key_repeated_after_an_alias_value_still_reports_the_duplicate()
    {
        var document = ParsingFixture.Read("a: &x 1\nb: *x\nb: 2\n");

        Assert.Equal(
            [DiagnosticIds.AliasNotAllowed, DiagnosticIds.AliasNotAllowed, DiagnosticIds.DuplicateKey],
            document.Diagnostics.Select(finding => finding.RuleId));
        Assert.Contains("first at line 2, column 1", document.Diagnostics[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_the_same_key_in_different_mappings_is_not_a_duplicate()
    {
        var document = ParsingFixture.Read("a:\n  name: payroll\nb:\n  name: recruitment\n");

        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Reading_two_documents_reports_the_start_of_the_second()
    {
        var document = ParsingFixture.ReadFixture("multiple-documents.yaml");

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.MultipleDocuments);
        Assert.Equal((3, 1), (finding.Line, finding.Column));
        Assert.False(document.Map.IsComplete);
    }

    [Fact]
    public void Reading_an_empty_file_reports_that_there_is_no_document_at_its_start()
    {
        var document = ParsingFixture.ReadFixture("empty.yaml");

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.EmptyDocument);
        Assert.Equal((1, 1), (finding.Line, finding.Column));
        Assert.False(document.Map.IsComplete);
    }

    [Fact]
    public void Reading_a_file_of_only_comments_reports_that_there_is_no_document()
    {
        var document = ParsingFixture.ReadFixture("comments-only.yaml");

        ParsingFixture.SingleFinding(document, DiagnosticIds.EmptyDocument);
        Assert.False(document.Map.IsComplete);
    }

    [Fact]
    public void Reading_a_document_marker_with_nothing_after_it_reports_an_empty_document()
    {
        var document = ParsingFixture.Read("--- # register\n");

        ParsingFixture.SingleFinding(document, DiagnosticIds.EmptyDocument);
        Assert.False(document.Map.IsComplete);
    }

    [Fact]
    public void Reading_a_root_that_is_a_sequence_reports_that_a_mapping_is_expected()
    {
        var document = ParsingFixture.ReadFixture("root-sequence.yaml");

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.RootNotMapping);
        Assert.Equal((1, 1), (finding.Line, finding.Column));
        Assert.Equal(string.Empty, finding.JsonPointer);
        Assert.Contains("is a sequence", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_root_that_is_a_scalar_reports_that_a_mapping_is_expected()
    {
        var document = ParsingFixture.ReadFixture("root-scalar.yaml");

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.RootNotMapping);
        Assert.Equal((1, 1), (finding.Line, finding.Column));
        Assert.Contains("is a scalar value", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_root_that_is_an_explicit_null_reports_that_a_mapping_is_expected()
    {
        var document = ParsingFixture.Read("~\n");

        ParsingFixture.SingleFinding(document, DiagnosticIds.RootNotMapping);
    }

    [Fact]
    public void Reading_a_key_that_is_a_sequence_reports_it_at_the_key()
    {
        var document = ParsingFixture.ReadFixture("complex-key.yaml");

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.ComplexKey);
        Assert.Equal((2, 5), (finding.Line, finding.Column));
        Assert.Equal("/activities", finding.JsonPointer);
        Assert.Contains("is a sequence", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_key_that_is_a_mapping_reports_it_at_the_key()
    {
        var document = ParsingFixture.Read("a: 1\n{b: 2}: 3\n");

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.ComplexKey);
        Assert.Equal((2, 1), (finding.Line, finding.Column));
        Assert.Contains("is a mapping", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_binary_tag_reports_it_as_unsupported()
    {
        var document = ParsingFixture.ReadFixture("binary-tag.yaml");

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.UnsupportedTag);
        Assert.Equal((3, 9), (finding.Line, finding.Column));
        Assert.Equal("/controller/logo", finding.JsonPointer);
        Assert.StartsWith("The tag '!!binary' is not supported", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a: !custom x\n", "'!custom'")]
    [InlineData("a: ! 12\n", "'!'")]
    [InlineData("a: !!timestamp 2024-01-31\n", "'!!timestamp'")]
    [InlineData("a: !!map x\n", "'!!map'")]
    [InlineData("a: !!str [x]\n", "'!!str'")]
    [InlineData("a: !<tag:example.com,2024:thing> x\n", "'tag:example.com,2024:thing'")]
    public void Reading_a_tag_outside_the_core_schema_reports_it(string yaml, string shown)
    {
        var document = ParsingFixture.Read(yaml);

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.UnsupportedTag);
        Assert.Equal((1, 4), (finding.Line, finding.Column));
        Assert.Contains(shown, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_core_tags_on_mappings_and_sequences_is_accepted()
    {
        var document = ParsingFixture.Read("a: !!map {b: !!seq [1]}\n");

        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Reading_a_tag_that_is_not_a_valid_uri_reports_it_as_unsupported()
    {
        var document = ParsingFixture.Read("a: !!not%20a%20uri x\n");

        // YamlDotNet reports this tag only after reading it, so the finding points just past the tag.
        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.UnsupportedTag);
        Assert.Equal((1, 19), (finding.Line, finding.Column));
        Assert.Equal("/a", finding.JsonPointer);
    }

    [Fact]
    public void Reading_an_anchor_reports_it_and_suggests_ids()
    {
        var document = ParsingFixture.Read("a: &base\n  x: 1\n");

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.AliasNotAllowed);
        Assert.Equal((1, 4), (finding.Line, finding.Column));
        Assert.Contains("refer to entries by id instead", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_merge_key_reports_the_anchor_the_merge_key_and_the_alias()
    {
        var document = ParsingFixture.ReadFixture("merge-key.yaml");

        Assert.All(document.Diagnostics, finding => Assert.Equal(DiagnosticIds.AliasNotAllowed, finding.RuleId));
        Assert.Equal(
            [(1, 11, "/defaults"), (4, 5, "/activities/0/<<"), (4, 9, "/activities/0/<<")],
            document.Diagnostics.Select(finding => (finding.Line, finding.Column, finding.JsonPointer)));
        Assert.Contains("merge key '<<'", document.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.False(document.Map.IsComplete);
    }

    [Fact]
    public void Reading_a_quoted_merge_key_treats_it_as_an_ordinary_key()
    {
        var document = ParsingFixture.Read("'<<': x\n");

        Assert.Empty(document.Diagnostics);
        Assert.Equal("x", (string?)TreeTokens.Of(document.Map)["<<"]);
    }

    [Fact]
    public void Reading_several_problems_reports_each_of_them()
    {
        var document = ParsingFixture.Read("a: !custom x\nb: 1\nb: 2\nc: &c 3\n");

        Assert.Equal(
            [DiagnosticIds.UnsupportedTag, DiagnosticIds.DuplicateKey, DiagnosticIds.AliasNotAllowed],
            document.Diagnostics.Select(finding => finding.RuleId));
    }
}
