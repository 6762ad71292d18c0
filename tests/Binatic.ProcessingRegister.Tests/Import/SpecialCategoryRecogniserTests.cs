using Binatic.ProcessingRegister.Import;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Import;

public sealed class SpecialCategoryRecogniserTests
{
    [Theory]
    [InlineData("Health data", SpecialCategory.Health)]
    [InlineData("gezondheidsgegevens", SpecialCategory.Health)]
    [InlineData("Gegevens over gezondheid", SpecialCategory.Health)]
    [InlineData("Medische gegevens", SpecialCategory.Health)]
    [InlineData("Ziekteverzuim", SpecialCategory.Health)]
    [InlineData("Données de santé", SpecialCategory.Health)]
    [InlineData("Racial or ethnic origin", SpecialCategory.RacialOrEthnicOrigin)]
    [InlineData("ras of etnische afkomst", SpecialCategory.RacialOrEthnicOrigin)]
    [InlineData("Origine raciale ou ethnique", SpecialCategory.RacialOrEthnicOrigin)]
    [InlineData("Political opinions", SpecialCategory.PoliticalOpinions)]
    [InlineData("politieke opvattingen", SpecialCategory.PoliticalOpinions)]
    [InlineData("Opinions politiques", SpecialCategory.PoliticalOpinions)]
    [InlineData("Religious or philosophical beliefs", SpecialCategory.ReligiousOrPhilosophicalBeliefs)]
    [InlineData("Religie of levensovertuiging", SpecialCategory.ReligiousOrPhilosophicalBeliefs)]
    [InlineData("godsdienst", SpecialCategory.ReligiousOrPhilosophicalBeliefs)]
    [InlineData("Convictions religieuses ou philosophiques", SpecialCategory.ReligiousOrPhilosophicalBeliefs)]
    [InlineData("Trade-union membership", SpecialCategory.TradeUnionMembership)]
    [InlineData("Lidmaatschap van een vakbond", SpecialCategory.TradeUnionMembership)]
    [InlineData("vakbondslidmaatschap", SpecialCategory.TradeUnionMembership)]
    [InlineData("Appartenance syndicale", SpecialCategory.TradeUnionMembership)]
    [InlineData("Genetic data", SpecialCategory.GeneticData)]
    [InlineData("genetische gegevens", SpecialCategory.GeneticData)]
    [InlineData("Données génétiques", SpecialCategory.GeneticData)]
    [InlineData("Biometric data", SpecialCategory.BiometricData)]
    [InlineData("biometrische gegevens", SpecialCategory.BiometricData)]
    [InlineData("Vingerafdrukken", SpecialCategory.BiometricData)]
    [InlineData("Données biométriques", SpecialCategory.BiometricData)]
    [InlineData("Sex life or sexual orientation", SpecialCategory.SexLifeOrSexualOrientation)]
    [InlineData("seksuele geaardheid", SpecialCategory.SexLifeOrSexualOrientation)]
    [InlineData("Orientation sexuelle", SpecialCategory.SexLifeOrSexualOrientation)]
    [InlineData("biometricData", SpecialCategory.BiometricData)]
    public void A_special_category_is_recognised_in_english_dutch_and_french(string text, SpecialCategory category)
    {
        Assert.Equal(category, SpecialCategoryRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Naam, adres en woonplaats")]
    [InlineData("BSN")]
    [InlineData("Politie-informatie")]
    [InlineData("Politique de confidentialité")]
    [InlineData("Gezondheid en religie")]
    [InlineData("Strafrechtelijke gegevens")]
    public void A_name_of_no_special_category_or_of_two_is_not_one(string text)
    {
        Assert.Null(SpecialCategoryRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("Strafrechtelijke gegevens")]
    [InlineData("strafrechtelijke veroordelingen")]
    [InlineData("Verklaring omtrent het gedrag")]
    [InlineData("Criminal convictions and offences")]
    [InlineData("Criminal offence data")]
    [InlineData("Infractions et condamnations")]
    [InlineData("Casier judiciaire")]
    public void Criminal_offence_data_is_recognised_in_english_dutch_and_french(string text)
    {
        Assert.True(SpecialCategoryRecogniser.IsCriminalOffenceData(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Gezondheidsgegevens")]
    [InlineData("Naam en adres")]
    [InlineData("Boetes van klanten")]
    public void Other_data_is_no_criminal_offence_data(string text)
    {
        Assert.False(SpecialCategoryRecogniser.IsCriminalOffenceData(text));
    }

    [Theory]
    [MemberData(nameof(HostileCells.All), MemberType = typeof(HostileCells))]
    public void Hostile_cells_are_recognised_or_refused_without_an_exception_in_bounded_time(string text)
    {
        var (category, criminal) = HostileCells.Bounded(() => (SpecialCategoryRecogniser.Recognise(text), SpecialCategoryRecogniser.IsCriminalOffenceData(text)));

        Assert.True(category is null || Enum.IsDefined(category.Value));
        Assert.False(criminal);
    }
}
