using Binatic.ProcessingRegister.Import;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Import;

public sealed class RecipientKindRecogniserTests
{
    [Theory]
    [InlineData("Belastingdienst")]
    [InlineData("UWV")]
    [InlineData("Gemeente Utrecht")]
    [InlineData("gemeenten in de regio")]
    [InlineData("Politie")]
    [InlineData("Ministerie van Justitie en Veiligheid")]
    [InlineData("Rechtbank Amsterdam")]
    [InlineData("Autoriteit Persoonsgegevens")]
    [InlineData("HMRC")]
    [InlineData("Tax authority")]
    [InlineData("Local authorities")]
    [InlineData("Administration fiscale")]
    [InlineData("URSSAF")]
    [InlineData("Services des impôts")]
    public void A_public_authority_is_recognised_by_words_in_its_name(string text)
    {
        Assert.Equal(RecipientKind.PublicAuthority, RecipientKindRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("Binatic Groep")]
    [InlineData("Acme Group Ltd")]
    [InlineData("Concernonderdelen")]
    [InlineData("Acme Holding BV")]
    [InlineData("Filiale belge")]
    [InlineData("Dochterondernemingen")]
    [InlineData("Parent company")]
    public void A_group_company_is_recognised_by_words_in_its_name(string text)
    {
        Assert.Equal(RecipientKind.GroupCompany, RecipientKindRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("United Nations")]
    [InlineData("Verenigde Naties")]
    [InlineData("Organisation mondiale de la santé")]
    [InlineData("NAVO")]
    [InlineData("International organisation")]
    public void An_international_organisation_is_recognised_by_its_name(string text)
    {
        Assert.Equal(RecipientKind.InternationalOrganisation, RecipientKindRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Acme BV")]
    [InlineData("Accountant")]
    [InlineData("Ondernemingsraad")]
    [InlineData("Works council")]
    [InlineData("Pensioenfonds")]
    [InlineData("Belastingdienst en Acme Groep")]
    public void A_name_that_does_not_tell_or_points_two_ways_gives_no_kind(string text)
    {
        Assert.Null(RecipientKindRecogniser.Recognise(text));
    }

    [Theory]
    [InlineData("Verwerker: Acme Hosting")]
    [InlineData("Subverwerkers")]
    [InlineData("Payroll processor")]
    [InlineData("Sous-traitant")]
    [InlineData("Hébergeur")]
    [InlineData("Hosting")]
    [InlineData("ICT-leverancier")]
    [InlineData("Software supplier")]
    [InlineData("E-mail service provider")]
    [InlineData("Cloudleverancier")]
    public void A_name_that_says_processor_looks_like_a_processor(string text)
    {
        Assert.True(RecipientKindRecogniser.LooksLikeProcessor(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Belastingdienst")]
    [InlineData("Acme BV")]
    [InlineData("Klanten")]
    public void A_name_that_does_not_say_processor_does_not_look_like_one(string text)
    {
        Assert.False(RecipientKindRecogniser.LooksLikeProcessor(text));
    }

    [Theory]
    [MemberData(nameof(HostileCells.All), MemberType = typeof(HostileCells))]
    public void Hostile_cells_are_recognised_or_refused_without_an_exception_in_bounded_time(string text)
    {
        var (kind, _) = HostileCells.Bounded(() => (RecipientKindRecogniser.Recognise(text), RecipientKindRecogniser.LooksLikeProcessor(text)));

        Assert.True(kind is null || Enum.IsDefined(kind.Value));
    }
}
