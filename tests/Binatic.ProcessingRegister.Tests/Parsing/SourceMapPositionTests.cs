using Binatic.ProcessingRegister.Diagnostics;
using Newtonsoft.Json.Linq;

namespace Binatic.ProcessingRegister.Tests.Parsing;

public sealed class SourceMapPositionTests
{
    private readonly Binatic.ProcessingRegister.Parsing.ParsedDocument _document = ParsingFixture.ReadFixture("register.yaml");

    [Fact]
    public void Reading_a_valid_register_reports_nothing_and_gives_a_json_object()
    {
        Assert.Empty(_document.Diagnostics);
        Assert.IsType<JObject>(_document.Map.Json);
    }

    [Fact]
    public void The_root_is_recorded_at_the_empty_pointer()
    {
        Assert.Equal(string.Empty, _document.Map.PointerOf(_document.Map.Json!));
        Assert.Equal((1, 1), Position(_document.Map.Locate(_document.Map.Json!)));
    }

    [Fact]
    public void A_property_value_is_located_at_the_value_and_its_property_at_the_key()
    {
        var name = _document.Map.Json!["controller"]!["name"]!;

        Assert.Equal(new SourceLocation("register.yaml", 2, 9, 2, 30), _document.Map.Locate(name));
        Assert.Equal(new SourceLocation("register.yaml", 2, 3, 2, 7), _document.Map.Locate(name.Parent!));
        Assert.Equal("/controller/name", _document.Map.PointerOf(name));
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
    public void An_entry_of_a_nested_sequence_is_located_by_token_and_by_pointer()
    {
        var nested = _document.Map.Json!.SelectToken("activities[0].retention[1][0]")!;

        Assert.Equal("/activities/0/retention/1/0", _document.Map.PointerOf(nested));
        Assert.Equal((9, 11), Position(_document.Map.Locate(nested)));
        Assert.Equal((9, 9), Position(_document.Map.Locate("/activities/0/retention/1")));
    }

    [Fact]
    public void Every_token_in_the_tree_has_its_own_pointer()
    {
        foreach (var token in ((JContainer)_document.Map.Json!).DescendantsAndSelf().Where(token => token is not JProperty))
        {
            Assert.Equal(ToPointer(token.Path), _document.Map.PointerOf(token));
        }
    }

    [Fact]
    public void A_key_with_a_slash_or_tilde_is_escaped_in_its_pointer()
    {
        var document = ParsingFixture.Read("a/b:\n  c~d: 1\n");

        Assert.Equal((2, 8), Position(document.Map.Locate("/a~1b/c~0d")));
    }

    [Fact]
    public void The_pointer_of_a_token_under_keys_with_a_slash_or_tilde_is_spelt_with_escapes()
    {
        var document = ParsingFixture.Read("a/b:\n  m~n: 1\n");

        Assert.Equal("/a~1b/m~0n", document.Map.PointerOf(document.Map.Json!["a/b"]!["m~n"]!));
    }

    [Fact]
    public void A_property_has_the_pointer_of_its_value()
    {
        var country = ((JObject)_document.Map.Json!["controller"]!).Property("country")!;

        Assert.Equal("/controller/country", _document.Map.PointerOf(country));
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
    public void A_token_of_another_document_is_not_located_in_this_one()
    {
        var other = ParsingFixture.Read("controller:\n  name: other\n");

        Assert.Equal(string.Empty, _document.Map.PointerOf(other.Map.Json!["controller"]!["name"]!));
        Assert.False(_document.Map.Locate(other.Map.Json!["controller"]!["name"]!).HasPosition);
    }

    [Fact]
    public void A_value_that_cannot_be_read_leaves_no_tree_but_its_neighbours_can_still_be_located()
    {
        var document = ParsingFixture.Read("a: .inf\nb: text\n");

        Assert.Null(document.Map.Json);
        Assert.Equal((2, 4), Position(document.Map.Locate("/b")));
    }

    [Fact]
    public void Values_read_before_a_syntax_error_can_still_be_located()
    {
        var document = ParsingFixture.Read("a:\n  b: [x, y]\n  c: 1\nd: [unclosed\n");

        Assert.Null(document.Map.Json);
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

    private static string ToPointer(string path) =>
        path.Length == 0 ? string.Empty : "/" + path.Replace("[", ".", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).Replace('.', '/');
}
