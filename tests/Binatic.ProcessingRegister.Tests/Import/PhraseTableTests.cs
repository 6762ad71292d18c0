using Binatic.ProcessingRegister.Import;

namespace Binatic.ProcessingRegister.Tests.Import;

public sealed class PhraseTableTests
{
    private static readonly PhraseTable<string> Table = new(
    [
        ("overeenkomst", "word"),
        ("uitvoering van een overeenkomst", "phrase"),
        ("gezondheid*", "prefix"),
        ("*wet", "suffix"),
    ]);

    [Theory]
    [InlineData("Uitvoering van een overeenkomst", "phrase")]
    [InlineData("een overeenkomst", "word")]
    [InlineData("GEZONDHEIDSGEGEVENS", "prefix")]
    [InlineData("Gemeentewet", "suffix")]
    [InlineData("Wet", "suffix")]
    public void The_longest_phrase_is_found_whatever_the_case_and_a_star_matches_the_rest_of_a_compound(string text, string meaning)
    {
        Assert.Equal([meaning], Table.Values(text));
    }

    [Theory]
    [InlineData("uitvoering van overeenkomsten")]
    [InlineData("ongezondheid")]
    [InlineData("wetgeving")]
    public void A_word_matches_only_whole_and_a_star_only_at_its_side(string text)
    {
        Assert.Empty(Table.Values(text));
    }

    [Fact]
    public void Matches_do_not_overlap_and_keep_their_places()
    {
        var matches = Table.Matches(Tokens.Of("overeenkomst, Gemeentewet; uitvoering van een overeenkomst"));

        Assert.Equal([new(0, 1, "word"), new(1, 1, "suffix"), new PhraseMatch<string>(2, 4, "phrase")], matches);
    }

    [Theory]
    [InlineData("a b", "A  b")]
    [InlineData("x", " ")]
    public void A_table_refuses_a_phrase_twice_or_an_empty_one(string first, string second)
    {
        Assert.Throws<ArgumentException>(() => new PhraseTable<int>([(first, 1), (second, 2)]));
    }
}
