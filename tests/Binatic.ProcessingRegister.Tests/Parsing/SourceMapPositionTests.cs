using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Parsing;

namespace Binatic.ProcessingRegister.Tests.Parsing;

public sealed class SourceMapPositionTests
{
    private readonly ParsedDocument _document = ParsingFixture.ReadFixture("register.yaml");

    [Fact]
    public void Reading_a_valid_register_reports_nothing_and_gives_a_whole_tree_that_can_be_validated()
    {
        Assert.Empty(_document.Diagnostics);
        Assert.True(_document.Map.IsComplete);
        Assert.Equal(NodeKind.Mapping, _document.Map.Tree!.Root.Kind);
    }

    [Fact]
    public void A_pointer_locates_the_value_and_its_key()
    {
        Assert.Equal((3, 12), Position(_document.Map.Locate("/controller/country")));
        Assert.Equal((3, 3), Position(_document.Map.LocateKey("/controller/country")));
    }

    [Fact]
    public void Entries_of_flow_and_block_sequences_are_located_at_each_entry()
    {
        Assert.Equal((6, 18), Position(_document.Map.Locate("/activities/0/legalBases/0")));
        Assert.Equal((6, 28), Position(_document.Map.Locate("/activities/0/legalBases/1")));
        Assert.Equal((5, 5), Position(_document.Map.Locate("/activities/0")));
        Assert.Equal((8, 9), Position(_document.Map.Locate("/activities/0/retention/0")));
    }

    [Fact]
    public void An_entry_of_a_nested_sequence_is_located_by_pointer()
    {
        Assert.Equal((9, 11), Position(_document.Map.Locate("/activities/0/retention/1/0")));
        Assert.Equal((9, 9), Position(_document.Map.Locate("/activities/0/retention/1")));
    }

    [Fact]
    public void A_key_with_a_slash_or_tilde_is_escaped_in_its_pointer()
    {
        var document = ParsingFixture.Read("a/b:\n  c~d: 1\n");

        Assert.Equal((2, 8), Position(document.Map.Locate("/a~1b/c~0d")));
    }

    [Fact]
    public void A_pointer_to_a_key_that_does_not_exist_locates_the_nearest_ancestor_that_does()
    {
        Assert.Equal(_document.Map.Locate("/controller"), _document.Map.Locate("/controller/nothing/here"));
        Assert.Equal(_document.Map.LocateKey("/controller"), _document.Map.LocateKey("/controller/nothing"));
    }

    [Fact]
    public void A_pointer_past_the_end_of_a_sequence_locates_the_sequence()
    {
        Assert.Equal(_document.Map.Locate("/activities/0/legalBases"), _document.Map.Locate("/activities/0/legalBases/2"));
    }

    [Fact]
    public void A_pointer_with_an_index_written_with_a_leading_zero_does_not_name_an_entry()
    {
        Assert.Equal(_document.Map.Locate("/activities"), _document.Map.Locate("/activities/00"));
    }

    [Fact]
    public void A_pointer_with_a_tilde_that_is_no_escape_does_not_name_a_key()
    {
        var document = ParsingFixture.Read("a:\n  m~2: 1\n");

        Assert.Equal((2, 3), Position(document.Map.Locate("/a/m~2")));
    }

    [Fact]
    public void A_value_that_cannot_be_read_leaves_no_tree_but_its_neighbours_can_still_be_located()
    {
        var document = ParsingFixture.Read("a: .inf\nb: text\n");

        Assert.False(document.Map.IsComplete);
        Assert.Equal((2, 4), Position(document.Map.Locate("/b")));
    }

    [Fact]
    public void Values_read_before_a_syntax_error_can_still_be_located()
    {
        var document = ParsingFixture.Read("a:\n  b: [x, y]\n  c: 1\nd: [unclosed\n");

        Assert.False(document.Map.IsComplete);
        Assert.Equal((2, 10), Position(document.Map.Locate("/a/b/1")));
        Assert.Equal((3, 3), Position(document.Map.LocateKey("/a/c")));
    }

    [Fact]
    public void Windows_line_endings_give_the_same_positions()
    {
        var document = ParsingFixture.Read("a: 1\r\nb:\r\n  - x\r\n");

        Assert.Equal((3, 5), Position(document.Map.Locate("/b/0")));
        Assert.Equal((2, 1), Position(document.Map.LocateKey("/b")));
    }

    private static (int Line, int Column) Position(SourceLocation location) => (location.Line, location.Column);
}
