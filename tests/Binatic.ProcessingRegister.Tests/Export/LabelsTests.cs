using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Export;

public sealed class LabelsTests
{
    public static TheoryData<RegisterLanguage> Languages => new(Enum.GetValues<RegisterLanguage>());

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_value_of_every_closed_list_has_a_label(RegisterLanguage language)
    {
        var labels = Labels.For(language);

        AssertComplete(labels.LanguageNames);
        AssertComplete(labels.LegalBasisNames);
        AssertComplete(labels.Article9ConditionNames);
        AssertComplete(labels.SpecialCategoryNames);
        AssertComplete(labels.SourceKindNames);
        AssertComplete(labels.RecipientKindNames);
        AssertComplete(labels.RecipientRoleNames);
        AssertComplete(labels.SafeguardTypeNames);
        AssertComplete(labels.Article49DerogationNames);
        AssertComplete(labels.TransferFrequencyNames);
        AssertComplete(labels.SecurityMeasureKindNames);
        AssertComplete(labels.SecurityObjectiveNames);
        AssertComplete(labels.DpiaStatusNames);
        AssertComplete(labels.RightNames);
        AssertComplete(labels.ChannelNames);
        AssertComplete(labels.SubProcessorAuthorisationNames);
    }

    [Theory]
    [InlineData(LegalBasis.Consent, "toestemming (art. 6 lid 1 onder a AVG)")]
    [InlineData(LegalBasis.Contract, "uitvoering van een overeenkomst (art. 6 lid 1 onder b AVG)")]
    [InlineData(LegalBasis.LegalObligation, "wettelijke verplichting (art. 6 lid 1 onder c AVG)")]
    [InlineData(LegalBasis.VitalInterests, "vitaal belang (art. 6 lid 1 onder d AVG)")]
    [InlineData(LegalBasis.PublicTask, "taak van algemeen belang of openbaar gezag (art. 6 lid 1 onder e AVG)")]
    [InlineData(LegalBasis.LegitimateInterests, "gerechtvaardigd belang (art. 6 lid 1 onder f AVG)")]
    public void Dutch_legal_bases_are_named_as_the_official_Dutch_text_of_the_GDPR_names_them(LegalBasis basis, string name)
    {
        Assert.Equal(name, Labels.Dutch.LegalBasisNames[basis]);
    }

    [Theory]
    [InlineData(RegisterLanguage.Dutch, "26 oktober 2021")]
    [InlineData(RegisterLanguage.English, "26 October 2021")]
    public void Dates_are_written_out_in_the_document_language(RegisterLanguage language, string expected)
    {
        Assert.Equal(expected, Labels.For(language).FormatDate(new DateOnly(2021, 10, 26)));
    }

    [Theory]
    [InlineData(RegisterLanguage.Dutch, "P4W", "4 weken")]
    [InlineData(RegisterLanguage.Dutch, "P1Y6M", "1 jaar en 6 maanden")]
    [InlineData(RegisterLanguage.English, "P1M", "1 month")]
    [InlineData(RegisterLanguage.English, "P1Y2M3D", "1 year, 2 months and 3 days")]
    public void Periods_are_written_out_in_the_document_language(RegisterLanguage language, string period, string expected)
    {
        Assert.Equal(expected, Labels.For(language).FormatPeriod(IsoPeriod.Parse(period)));
    }

    private static void AssertComplete<TEnum>(IReadOnlyDictionary<TEnum, string> names)
        where TEnum : struct, Enum =>
        Assert.All(Enum.GetValues<TEnum>(), value =>
            Assert.False(string.IsNullOrWhiteSpace(names.GetValueOrDefault(value)), $"{typeof(TEnum).Name}.{value} has no label."));
}
