using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class CriminalOffenceGroundRuleTests
{
    [Fact]
    public void Criminal_offence_data_without_an_article_10_ground_is_an_error_at_the_reference_to_the_category()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR019", "rpr019-criminal-offence-data-without-ground.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/dataCategories/1", finding.JsonPointer);
        Assert.Equal((20, 28), (finding.Line, finding.Column));
        Assert.Equal("'Preventing payment fraud' processes criminal-offence data 'fraud-indications' without an Art. 10 ground; add 'criminalOffenceGround' with the provision relied on (Art. 10; UAVG arts. 31-33).", finding.Message);
    }

    [Fact]
    public void Criminal_offence_data_with_an_article_10_ground_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR019", "rpr019-criminal-offence-data-with-ground.yaml"));
    }

    [Fact]
    public void A_register_without_criminal_offence_data_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR019", "clean.yaml"));
    }
}
