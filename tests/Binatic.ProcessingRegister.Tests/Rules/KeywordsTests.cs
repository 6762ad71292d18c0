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
        var set = KeywordSet.Of(KeywordMatch.InsideWords, "marketing", "profiel");
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

    [Theory]
    [InlineData("reclame", true)]
    [InlineData("Gepersonaliseerde RECLAME tonen.", true)]
    [InlineData("reclame-uitingen per e-mail", true)]
    [InlineData("(reclame)", true)]
    [InlineData("reclamebelasting", false)]
    [InlineData("buitenreclame", false)]
    [InlineData("reclameren", false)]
    public void A_keyword_is_a_whole_word_by_default(string text, bool expected)
    {
        Assert.Equal(expected, new Keyword("reclame").Occurs(text));
    }

    [Theory]
    [InlineData("sollicitatie", true)]
    [InlineData("Open sollicitaties", true)]
    [InlineData("sollicit", true)]
    [InlineData("gesolliciteerd", false)]
    public void A_stem_starts_a_word_and_may_go_on(string text, bool expected)
    {
        Assert.Equal(expected, new Keyword("sollicit", KeywordMatch.WordStart).Occurs(text));
    }

    [Theory]
    [InlineData("nieuwsbrief", true)]
    [InlineData("e-mailnieuwsbrieven", true)]
    [InlineData("digitalenieuwsbrief", true)]
    [InlineData("nieuws", false)]
    public void A_word_that_keeps_its_meaning_in_compounds_matches_inside_words(string text, bool expected)
    {
        Assert.Equal(expected, new Keyword("nieuwsbrie", KeywordMatch.InsideWords).Occurs(text));
    }

    [Theory]
    [InlineData("e.g. the tax code", true)]
    [InlineData("laws, e.g.the tax code", true)]
    [InlineData("the.g. code", false)]
    public void A_boundary_counts_only_where_the_keyword_has_a_letter_or_digit(string text, bool expected)
    {
        Assert.Equal(expected, new Keyword("e.g.").Occurs(text));
    }

    [Theory]
    [InlineData("Levying the advertising tax", false)]
    [InlineData("Levying the ADVERTISING TAXES", false)]
    [InlineData("Targeted advertising", true)]
    [InlineData("Advertising tax records, and targeted advertising", true)]
    [InlineData("tax on advertising", true)]
    public void An_occurrence_inside_an_exception_does_not_count_but_another_occurrence_does(string text, bool expected)
    {
        var keyword = new Keyword("advertis", KeywordMatch.WordStart) { Except = ["advertising tax", "outdoor advertis"] };

        Assert.Equal(expected, keyword.Occurs(text));
    }

    [Fact]
    public void An_exception_that_precedes_the_keyword_is_found_around_it()
    {
        var keyword = new Keyword("tracking", KeywordMatch.WordStart) { Except = ["parcel tracking"] };

        Assert.False(keyword.Occurs("Parcel tracking for customers"));
        Assert.True(keyword.Occurs("Tracking visitors"));
    }

    [Fact]
    public void An_exception_must_contain_its_keyword()
    {
        Assert.Throws<ArgumentException>(() => new Keyword("vacanc") { Except = ["empty buildings"] });
    }

    [Fact]
    public void A_screened_set_still_reads_whole_words()
    {
        var set = new KeywordSet([new Keyword("reclame")]);
        for (var i = 0; i <= KeywordSet.TextsBeforeScreen; i++)
        {
            set.AnyIn("levering van producten");
        }

        Assert.False(set.AnyIn("reclamebelasting"));
        Assert.True(set.AnyIn("reclame per post"));
    }

    [Fact]
    public void The_screen_looks_for_the_stems_keywords_share()
    {
        string[] keywords = ["locatiegegeven", "locatiedata", "location data", "Location history", "profiling", "profilering", "customer profil", "fraud", "fraude"];

        Assert.Equal(["fraud", "locati", "profil"], KeywordSet.ScreenNeedles(keywords).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_screen_shares_no_part_that_spans_words_or_is_shorter_than_the_stem_length()
    {
        string[] keywords = ["onder andere", "onder meer", "hiring process", "hiring of staff", "analys", "analyz"];

        Assert.Equal(["analys", "analyz", "hiring", "onder andere", "onder meer"], KeywordSet.ScreenNeedles(keywords).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Fraudebestrijding")]
    [InlineData("Locatiegegevens van bezorgers")]
    [InlineData("LOCATION HISTORY")]
    [InlineData("Customer profiles")]
    public void A_screened_set_lets_through_every_text_a_keyword_matches(string text)
    {
        var set = new KeywordSet([new Keyword("fraude", KeywordMatch.InsideWords), new Keyword("locatiegegeven", KeywordMatch.WordStart), new Keyword("location history"), new Keyword("customer profil", KeywordMatch.WordStart), new Keyword("profiling", KeywordMatch.WordStart)]);
        for (var i = 0; i <= KeywordSet.TextsBeforeScreen; i++)
        {
            set.AnyIn("levering van producten");
        }

        Assert.True(set.AnyIn(text));
    }
}
