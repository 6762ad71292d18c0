using Binatic.ProcessingRegister.Facts;
using Binatic.ProcessingRegister.Import;

namespace Binatic.ProcessingRegister.Tests.Import;

public sealed class CountryRecogniserTests
{
    [Theory]
    [InlineData("US", "US")]
    [InlineData("us", "US")]
    [InlineData("USA", "US")]
    [InlineData(" GB ", "GB")]
    [InlineData("UK", "GB")]
    [InlineData("GBR", "GB")]
    [InlineData("EL", "GR")]
    [InlineData("CH", "CH")]
    [InlineData("in", "IN")]
    public void A_country_is_recognised_by_its_iso_code_or_a_code_in_common_use(string text, string code)
    {
        Assert.Equal(code, CountryRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("United States", "US")]
    [InlineData("Verenigde Staten", "US")]
    [InlineData("VS", "US")]
    [InlineData("États-Unis", "US")]
    [InlineData("Etats-Unis", "US")]
    [InlineData("united states of america", "US")]
    [InlineData("Verenigd Koninkrijk", "GB")]
    [InlineData("Royaume-Uni", "GB")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("Zwitserland", "CH")]
    [InlineData("Suisse", "CH")]
    [InlineData("Inde", "IN")]
    [InlineData("India", "IN")]
    [InlineData("België", "BE")]
    [InlineData("Belgie", "BE")]
    [InlineData("IJsland", "IS")]
    [InlineData("Nieuw-Zeeland", "NZ")]
    [InlineData("Zuid-Korea", "KR")]
    [InlineData("Bosnia and Herzegovina", "BA")]
    [InlineData("Türkiye", "TR")]
    [InlineData("the Netherlands", "NL")]
    public void A_country_is_recognised_by_its_name_in_english_dutch_or_french(string text, string code)
    {
        Assert.Equal(code, CountryRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Atlantis")]
    [InlineData("XX")]
    [InlineData("Verenigde Staten en India")]
    [InlineData("Verenigde Staten (DPF)")]
    [InlineData("EU")]
    public void A_text_that_is_not_exactly_one_known_country_is_not_one_country(string text)
    {
        Assert.Null(CountryRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("Verenigde Staten en India", new[] { "US", "IN" })]
    [InlineData("US, UK", new[] { "US", "GB" })]
    [InlineData("US; CH\nJP", new[] { "US", "CH", "JP" })]
    [InlineData("United States and Canada", new[] { "US", "CA" })]
    [InlineData("États-Unis et Inde", new[] { "US", "IN" })]
    [InlineData("US/UK/US", new[] { "US", "GB" })]
    [InlineData("EU, US", new[] { "US" })]
    [InlineData("Bosnia and Herzegovina, Serbia", new[] { "BA", "RS" })]
    public void Every_country_named_in_a_free_text_cell_is_found_once_in_order(string text, string[] codes)
    {
        Assert.Equal(codes, CountryRecogniser.Countries(text));
    }

    [Theory]
    [InlineData("opslag in Ierland", "IE")]
    [InlineData("it is in de Verenigde Staten", "US")]
    [InlineData("Norway, no others", "NO")]
    public void In_free_text_a_code_counts_only_in_capitals_so_common_words_are_no_countries(string text, string code)
    {
        Assert.Equal([code], CountryRecogniser.Countries(text));
    }

    [Theory]
    [InlineData("Verenigde Staten en Atlantis", new[] { "US" }, new[] { "Atlantis" })]
    [InlineData("US (via Microsoft), Zwitserland", new[] { "US", "CH" }, new[] { "via Microsoft" })]
    [InlineData("wereldwijd", new string[0], new[] { "wereldwijd" })]
    public void The_parts_of_a_cell_that_name_no_country_are_reported_as_written(string text, string[] codes, string[] unrecognised)
    {
        var read = CountryRecogniser.Read(text);

        Assert.Equal(codes, read.Codes);
        Assert.Equal(unrecognised, read.Unrecognised);
    }

    [Theory]
    [InlineData("EU")]
    [InlineData("EER")]
    [InlineData("EEA")]
    [InlineData("EU/EER")]
    [InlineData("binnen de EU")]
    [InlineData("geen")]
    [InlineData("Geen doorgifte")]
    [InlineData("none")]
    [InlineData("n.v.t.")]
    [InlineData("nvt")]
    [InlineData("N/A")]
    [InlineData("niet van toepassing")]
    [InlineData("Not applicable")]
    [InlineData("néant")]
    [InlineData("Aucun")]
    [InlineData("Aucun transfert hors UE")]
    [InlineData("No")]
    [InlineData("Geen doorgifte buiten de EER")]
    public void Words_that_mean_no_transfer_are_none(string text)
    {
        Assert.True(CountryRecogniser.IsNone(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("US")]
    [InlineData("NO")]
    [InlineData("EU en VS")]
    [InlineData("geen idee")]
    [InlineData("buiten de EU")]
    [InlineData("Hors UE")]
    public void A_cell_naming_a_country_or_anything_else_or_nothing_is_not_none(string text)
    {
        Assert.False(CountryRecogniser.IsNone(text));
    }

    [Fact]
    public void The_table_covers_every_eea_country_and_every_country_with_an_adequacy_decision()
    {
        var codes = CountryNames.All.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

        Assert.Subset(codes, GdprFacts.EeaCountries.ToHashSet(StringComparer.Ordinal));
        Assert.Subset(codes, GdprFacts.AdequacyDecisions.Select(d => d.Country).ToHashSet(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("US")]
    [InlineData("GB")]
    [InlineData("CH")]
    [InlineData("IN")]
    [InlineData("CN")]
    [InlineData("JP")]
    [InlineData("KR")]
    [InlineData("CA")]
    [InlineData("AU")]
    [InlineData("NZ")]
    [InlineData("IL")]
    [InlineData("BR")]
    [InlineData("SG")]
    [InlineData("PH")]
    [InlineData("ZA")]
    [InlineData("UA")]
    [InlineData("RS")]
    [InlineData("TR")]
    [InlineData("RU")]
    [InlineData("AE")]
    [InlineData("MX")]
    [InlineData("AR")]
    [InlineData("UY")]
    public void The_table_covers_the_common_destinations_of_transfers_with_their_names(string code)
    {
        var country = Assert.Single(CountryNames.All, c => c.Code == code);

        Assert.NotEmpty(country.Names);
        Assert.All(country.Names, name => Assert.Equal(code, CountryRecogniser.Recognise(name)));
        Assert.Equal(code, CountryRecogniser.Recognise(country.Alpha3));
    }

    [Fact]
    public void Every_name_and_code_in_the_table_reads_back_as_its_own_country()
    {
        Assert.All(CountryNames.All, country =>
        {
            Assert.True(IsIsoCode(country.Code), country.Code);
            Assert.Equal(country.Code, CountryRecogniser.Recognise(country.Code));
            Assert.All(country.Names.Concat(country.OtherCodes), name => Assert.Equal(country.Code, CountryRecogniser.Recognise(name)));
        });
    }

    [Theory]
    [MemberData(nameof(HostileCells.All), MemberType = typeof(HostileCells))]
    public void Hostile_cells_are_read_without_an_exception_in_bounded_time(string text)
    {
        var read = HostileCells.Bounded(() => (CountryRecogniser.Read(text), CountryRecogniser.Recognise(text), CountryRecogniser.IsNone(text)));

        Assert.All(read.Item1.Codes, code => Assert.True(IsIsoCode(code), code));
    }

    private static bool IsIsoCode(string code) => code is [>= 'A' and <= 'Z', >= 'A' and <= 'Z'];
}
