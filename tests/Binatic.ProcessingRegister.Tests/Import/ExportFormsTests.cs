using Binatic.ProcessingRegister.Import;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Import;

/// <summary>The forms the spreadsheet export writes around a name, read back into the name and what they say.</summary>
public sealed class ExportFormsTests
{
    [Theory]
    [InlineData("Medische gegevens — bijzonder persoonsgegeven (art. 9 AVG): gegevens over gezondheid", "Medische gegevens", SpecialCategory.Health)]
    [InlineData("Health records — special category of personal data (Art. 9 GDPR): data concerning health", "Health records", SpecialCategory.Health)]
    public void A_data_category_with_the_export_s_special_category_mark_reads_back_as_its_name_and_category(string item, string name, SpecialCategory category)
    {
        var marks = ExportForms.DataCategory(item);

        Assert.Equal(name, marks.Name);
        Assert.Equal(category, marks.SpecialCategory);
    }

    [Fact]
    public void A_data_category_with_the_export_s_criminal_offence_and_national_identifier_marks_reads_back_as_both()
    {
        var marks = ExportForms.DataCategory("Dossier — strafrechtelijk persoonsgegeven (art. 10 AVG); nationaal identificatienummer (art. 87 AVG): BSN");

        Assert.Equal("Dossier", marks.Name);
        Assert.True(marks.IsCriminalOffenceData);
        Assert.True(marks.IsNationalIdentifier);
        Assert.Equal("BSN", marks.NationalIdentifierName);
    }

    [Fact]
    public void A_dash_followed_by_words_that_are_no_mark_stays_part_of_the_name()
    {
        var marks = ExportForms.DataCategory("Naam — voluit");

        Assert.Equal("Naam — voluit", marks.Name);
        Assert.False(marks.HasMarks);
    }

    [Theory]
    [InlineData("Belastingdienst (overheidsinstantie)", "Belastingdienst", false, RecipientKind.PublicAuthority)]
    [InlineData("Payroll bureau (processor)", "Payroll bureau", true, null)]
    [InlineData("Regionaal Historisch Centrum (archiefbewaarplaats)", "Regionaal Historisch Centrum (archiefbewaarplaats)", false, null)]
    public void A_party_reads_back_as_its_name_and_the_kind_the_export_writes_after_it(string item, string name, bool isProcessor, RecipientKind? kind)
    {
        Assert.Equal((name, isProcessor, kind), ExportForms.Party(item));
    }

    [Fact]
    public void A_source_reads_back_as_its_description_and_kind()
    {
        Assert.Equal(("De ingeschrevene zelf.", SourceKind.DataSubject), ExportForms.Source("De ingeschrevene zelf. (van de betrokkene zelf)"));
    }
}
