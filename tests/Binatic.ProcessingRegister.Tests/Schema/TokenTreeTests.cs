using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Schema;
using Binatic.ProcessingRegister.Tests.Parsing;
using Newtonsoft.Json.Linq;

namespace Binatic.ProcessingRegister.Tests.Schema;

/// <summary>
/// NJsonSchema reports its errors against Newtonsoft.Json tokens; the tokens made from a document's tree lead each
/// error back to the node it is about, and so to the line and column the user wrote.
/// </summary>
public sealed class TokenTreeTests
{
    private readonly TokenTree _tokens = TokenTree.Of(ParsingFixture.ReadFixture("register.yaml").Map);

    [Fact]
    public void The_tokens_of_a_register_are_a_json_object_with_every_node_in_the_order_written()
    {
        var root = Assert.IsType<JObject>(_tokens.Root);

        Assert.Equal(["controller", "activities"], root.Properties().Select(property => property.Name).Take(2));
    }

    [Fact]
    public void The_root_is_recorded_at_the_empty_pointer()
    {
        Assert.Equal(string.Empty, _tokens.PointerOf(_tokens.Root));
        Assert.Equal((1, 1), Position(_tokens.Locate(_tokens.Root)));
    }

    [Fact]
    public void A_property_value_is_located_at_the_value_and_its_property_at_the_key()
    {
        var name = _tokens.Root["controller"]!["name"]!;

        Assert.Equal(new SourceLocation("register.yaml", 2, 9, 2, 30), _tokens.Locate(name));
        Assert.Equal(new SourceLocation("register.yaml", 2, 3, 2, 7), _tokens.Locate(name.Parent!));
        Assert.Equal("/controller/name", _tokens.PointerOf(name));
    }

    [Fact]
    public void An_entry_of_a_nested_sequence_is_located_by_token()
    {
        var nested = _tokens.Root.SelectToken("activities[0].retention[1][0]")!;

        Assert.Equal("/activities/0/retention/1/0", _tokens.PointerOf(nested));
        Assert.Equal((9, 11), Position(_tokens.Locate(nested)));
    }

    [Fact]
    public void Every_token_in_the_tree_has_its_own_pointer()
    {
        foreach (var token in ((JContainer)_tokens.Root).DescendantsAndSelf().Where(token => token is not JProperty))
        {
            Assert.Equal(ToPointer(token.Path), _tokens.PointerOf(token));
        }
    }

    [Fact]
    public void Every_value_token_stands_for_the_node_at_its_pointer()
    {
        foreach (var token in ((JContainer)_tokens.Root).DescendantsAndSelf().Where(token => token is not JProperty))
        {
            var node = TokenTree.NodeOf(token)!.Value;
            Assert.Equal(_tokens.Map.Locate(ToPointer(token.Path)), _tokens.Map.Inside(node.Span.ToLocation("register.yaml")));
        }
    }

    [Fact]
    public void The_pointer_of_a_token_under_keys_with_a_slash_or_tilde_is_spelt_with_escapes()
    {
        var tokens = TokenTree.Of(ParsingFixture.Read("a/b:\n  m~n: 1\n").Map);

        Assert.Equal("/a~1b/m~0n", tokens.PointerOf(tokens.Root["a/b"]!["m~n"]!));
    }

    [Fact]
    public void A_property_has_the_pointer_of_its_value()
    {
        var country = ((JObject)_tokens.Root["controller"]!).Property("country")!;

        Assert.Equal("/controller/country", _tokens.PointerOf(country));
    }

    [Fact]
    public void A_token_of_another_document_is_not_located_in_this_one()
    {
        var other = TokenTree.Of(ParsingFixture.Read("controller:\n  name: other\n").Map);

        Assert.Equal(string.Empty, _tokens.PointerOf(other.Root["controller"]!["name"]!));
        Assert.False(_tokens.Locate(other.Root["controller"]!["name"]!).HasPosition);
    }

    [Fact]
    public void A_token_made_elsewhere_stands_for_no_node()
    {
        Assert.Null(TokenTree.NodeOf(new JValue("made elsewhere")));
    }

    [Fact]
    public void Each_call_makes_new_tokens_which_only_that_tree_locates()
    {
        var again = TokenTree.Of(_tokens.Map);

        Assert.NotSame(_tokens.Root, again.Root);
        Assert.False(_tokens.Locate(again.Root["controller"]!).HasPosition);
    }

    [Fact]
    public void A_document_with_an_error_has_no_tokens()
    {
        var map = ParsingFixture.Read("a: .inf\nb: text\n").Map;

        Assert.Throws<ArgumentException>(() => TokenTree.Of(map));
    }

    private static (int Line, int Column) Position(SourceLocation location) => (location.Line, location.Column);

    private static string ToPointer(string path) =>
        path.Length == 0 ? string.Empty : "/" + path.Replace("[", ".", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).Replace('.', '/');
}
