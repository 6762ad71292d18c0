using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Import;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Import;

/// <summary>What the exports write for a closed list, in either language, the import reads back as the same value.</summary>
public sealed class ExportLabelsRoundTripTests
{
    public static TheoryData<RegisterLanguage> Languages => new(RegisterLanguage.Dutch, RegisterLanguage.English);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_legal_basis_the_export_names_reads_back_as_itself(RegisterLanguage language)
    {
        Assert.All(Labels.For(language).LegalBasisNames, pair => Assert.Equal(pair.Key, LegalBasisRecogniser.Recognise(pair.Value)?.Basis));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_safeguard_the_export_names_reads_back_as_itself(RegisterLanguage language)
    {
        Assert.All(Labels.For(language).SafeguardTypeNames, pair => Assert.Equal(new RecognisedSafeguard(pair.Key, null), SafeguardRecogniser.Recognise(pair.Value)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_derogation_the_export_names_reads_back_as_itself(RegisterLanguage language)
    {
        Assert.All(Labels.For(language).Article49DerogationNames, pair =>
            Assert.Equal(new RecognisedSafeguard(SafeguardType.Derogation, pair.Key), SafeguardRecogniser.Recognise(pair.Value)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_special_category_the_export_names_reads_back_as_itself(RegisterLanguage language)
    {
        Assert.All(Labels.For(language).SpecialCategoryNames, pair => Assert.Equal(pair.Key, SpecialCategoryRecogniser.Recognise(pair.Value)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_recipient_kind_the_export_names_reads_back_as_itself(RegisterLanguage language)
    {
        Assert.All(Labels.For(language).RecipientKindNames, pair => Assert.Equal(pair.Key, RecipientKindRecogniser.Recognise(pair.Value)));
    }

    [Fact]
    public void Every_value_s_own_name_in_the_register_reads_back_as_itself()
    {
        Assert.All(Enum.GetValues<LegalBasis>(), basis => Assert.Equal(basis, LegalBasisRecogniser.Recognise(WireNames.Format(basis))?.Basis));
        Assert.All(Enum.GetValues<SafeguardType>(), type => Assert.Equal(type, SafeguardRecogniser.Recognise(WireNames.Format(type))?.Type));
        Assert.All(Enum.GetValues<Article49Derogation>(), derogation => Assert.Equal(derogation, SafeguardRecogniser.Recognise(WireNames.Format(derogation))?.Derogation));
        Assert.All(Enum.GetValues<SpecialCategory>(), category => Assert.Equal(category, SpecialCategoryRecogniser.Recognise(WireNames.Format(category))));
    }
}
