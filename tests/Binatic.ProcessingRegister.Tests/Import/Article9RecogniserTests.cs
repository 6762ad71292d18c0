using Binatic.ProcessingRegister.Import;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Import;

public sealed class Article9RecogniserTests
{
    [Theory]
    [InlineData("Article 9(2)(b)", Article9Condition.EmploymentAndSocialSecurity)]
    [InlineData("Article 9(2)(b) - employment law", Article9Condition.EmploymentAndSocialSecurity)]
    [InlineData("art. 9 lid 2 sub h AVG", Article9Condition.HealthOrSocialCare)]
    [InlineData("Artikel 9, tweede lid, onder a", Article9Condition.ExplicitConsent)]
    [InlineData("9(2)(g)", Article9Condition.SubstantialPublicInterest)]
    [InlineData("Art. 9(2)(j) GDPR", Article9Condition.ArchivingResearchOrStatistics)]
    public void A_condition_is_recognised_by_its_point(string text, Article9Condition condition)
    {
        Assert.Equal(condition, Article9Recogniser.Recognise(text));
    }

    [Theory]
    [InlineData("Explicit consent", Article9Condition.ExplicitConsent)]
    [InlineData("uitdrukkelijke toestemming", Article9Condition.ExplicitConsent)]
    [InlineData("Establishment, exercise or defence of legal claims", Article9Condition.LegalClaims)]
    public void A_condition_with_an_unmistakable_name_is_recognised_by_it(string text, Article9Condition condition)
    {
        Assert.Equal(condition, Article9Recogniser.Recognise(text));
    }

    [Theory]
    [InlineData("Article 9(2)(b) and (h)")]
    [InlineData("Article 9(2)(k)")]
    [InlineData("Article 6(1)(b)")]
    [InlineData("employment law")]
    public void Two_conditions_a_point_art_9_2_does_not_have_or_none_are_not_guessed_at(string text)
    {
        Assert.Null(Article9Recogniser.Recognise(text));
    }

    [Theory]
    [InlineData("Article 9(2)(b)", false)]
    [InlineData("art. 9 lid 2 sub h AVG", false)]
    [InlineData("Article 9(2)(b) - employment law", true)]
    public void Text_beside_the_point_is_noticed_so_that_it_can_be_kept(string text, bool saysMore)
    {
        Assert.Equal(saysMore, Article9Recogniser.SaysMoreThanThePoint(text));
    }
}
