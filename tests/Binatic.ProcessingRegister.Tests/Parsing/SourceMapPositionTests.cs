using Newtonsoft.Json.Linq;

namespace Binatic.ProcessingRegister.Tests.Parsing;

public sealed class SourceMapPositionTests
{
    private readonly Binatic.ProcessingRegister.Parsing.ParsedDocument _document = ParsingFixture.ReadFixture("register.yaml");

    [Fact]
    public void Reading_a_valid_register_reports_nothing_and_gives_a_json_object()
    {
        Assert.Empty(_document.Diagnostics);
        Assert.IsType<JObject>(_document.Root);
    }

    [Fact]
    public void The_root_is_recorded_at_the_empty_pointer()
    {
        Assert.Equal(string.Empty, _document.Map.PointerOf(_document.Root!));
        Assert.Equal((1, 1), Position(_document.Map.Locate(_document.Root!)));
    }

    [Fact]
    public void A_property_value_is_located_at_the_value_and_its_property_at_the_key()
    {
        var name = _document.Root!["controller"]!["name"]!;

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
        var nested = _document.Root!.SelectToken("activities[0].retention[1][0]")!;

        Assert.Equal("/activities/0/retention/1/0", _document.Map.PointerOf(nested));
        Assert.Equal((9, 11), Position(_document.Map.Locate(nested)));
        Assert.Equal((9, 9), Position(_document.Map.Locate("/activities/0/retention/1")));
    }

    [Fact]
    public void Every_token_in_the_tree_has_its_own_pointer()
    {
        foreach (var token in ((JContainer)_document.Root!).DescendantsAndSelf().Where(token => token is not JProperty))
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
