using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class PublicAuthorityLegitimateInterestsRuleTests
{
    private const string Municipality = "rpr040-gemeente-gerechtvaardigd-belang.yaml";
    private const string TwoControllers = "rpr040-two-controllers.yaml";

    [Fact]
    public void A_public_authority_relying_on_legitimate_interests_is_an_error_at_the_basis()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR040", Municipality));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/legalBases/0/basis", finding.JsonPointer);
        Assert.Equal((25, 16), (finding.Line, finding.Column));
        Assert.Equal("'Nieuwsbrief over de wijk' relies on legitimate interests, but 'Gemeente Voorbeeld' is a public authority, which may not rely on Art. 6(1)(f) in the performance of its tasks; rely on the public task or legal obligation with the law that lays it down (Art. 6(1) second subparagraph; Recital 47).", finding.Message);
    }

    [Fact]
    public void A_public_authority_relying_on_legitimate_interests_is_not_also_asked_for_a_balancing_test()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR013", Municipality));
    }

    [Fact]
    public void A_public_authority_relying_on_its_public_task_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR040", "rpr040-gemeente-publieke-taak.yaml"));
    }

    [Fact]
    public void A_private_controller_relying_on_legitimate_interests_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR040", "legitimate-interests-without-assessment.yaml"));
    }

    [Fact]
    public void An_activity_is_judged_by_its_own_controllers_so_the_foundation_s_legitimate_interests_pass()
    {
        var pointers = RuleFixture.FindingsOf("RPR040", TwoControllers).Select(f => f.JsonPointer);

        Assert.Equal(["/activities/0/legalBases/0/basis", "/activities/2/legalBases/0/basis"], pointers);
    }

    [Fact]
    public void An_activity_a_public_authority_runs_with_a_private_controller_names_the_public_authority()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR040", TwoControllers), f => f.JsonPointer == "/activities/2/legalBases/0/basis");

        Assert.StartsWith("'Neighbourhood festival' relies on legitimate interests, but 'Municipality of Example' is a public authority,", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_authority_with_an_assessment_is_still_an_error_since_no_balancing_test_makes_the_basis_available()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR040", TwoControllers), f => f.JsonPointer == "/activities/0/legalBases/0/basis");

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
    }

    [Fact]
    public void The_balancing_test_is_asked_only_of_the_activity_that_no_public_authority_runs()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR013", TwoControllers));

        Assert.Equal("/activities/1/legalBases/0/basis", finding.JsonPointer);
    }

    [Fact]
    public void An_activity_of_two_public_authorities_names_both()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR040", "rpr040-twee-bestuursorganen.yaml"));

        Assert.Equal("'Bibob-onderzoek' relies on legitimate interests, but 'Burgemeester van Voorbeeld' and 'College van burgemeester en wethouders van Voorbeeld' are public authorities, which may not rely on Art. 6(1)(f) in the performance of their tasks; rely on the public task or legal obligation with the law that lays it down (Art. 6(1) second subparagraph; Recital 47).", finding.Message);
    }

    [Fact]
    public void In_Dutch_an_activity_of_two_public_authorities_names_both_joined_by_en()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR040", "rpr040-twee-bestuursorganen.yaml"));

        Assert.Equal("'Bibob-onderzoek' berust op gerechtvaardigd belang, maar 'Burgemeester van Voorbeeld' en 'College van burgemeester en wethouders van Voorbeeld' zijn overheidsinstanties, die zich bij de uitoefening van hun taken niet op art. 6 lid 1 onder f AVG mogen baseren; baseer de verwerking op de taak van algemeen belang of de wettelijke verplichting, met de wet die haar vaststelt (art. 6 lid 1 tweede alinea AVG; overweging 47 AVG).", finding.In(RegisterLanguage.Dutch).Message);
    }

    [Fact]
    public void A_register_without_legitimate_interests_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR040", "clean.yaml"));
    }
}
