using Binatic.ProcessingRegister.Rules.Catalogue;

namespace Binatic.ProcessingRegister.Tests.Rules;

/// <summary>The keyword matching the rules share for free text.</summary>
public sealed class KeywordsTests
{
    [Fact]
    public void The_white_space_written_out_is_every_character_char_IsWhiteSpace_accepts_but_the_plain_space()
    {
        var expected = Enumerable.Range(char.MinValue, char.MaxValue + 1)
            .Where(code => code != ' ' && char.IsWhiteSpace((char)code))
            .Select(code => $"U+{code:X4}");

        Assert.Equal(expected, Keywords.OtherWhiteSpaceCharacters.Select(c => $"U+{(int)c:X4}"));
    }

    [Fact]
    public void A_keyword_set_finds_the_same_keywords_before_and_after_it_builds_its_screen()
    {
        var set = KeywordSet.Of("marketing", "profiel");
        string[] texts = ["direct marketing", "klantprofielen", "levering", "MARKETING", "ſpecial marketing"];

        var before = texts.Select(set.AnyIn).ToList();
        for (var i = 0; i < KeywordSet.TextsBeforeScreen; i++)
        {
            set.AnyIn("levering van producten");
        }

        var after = texts.Select(set.AnyIn).ToList();

        Assert.Equal([true, true, false, true, true], before);
        Assert.Equal(before, after);
    }
}
