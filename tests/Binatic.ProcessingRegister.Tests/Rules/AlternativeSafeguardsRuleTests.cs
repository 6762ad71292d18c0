using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class AlternativeSafeguardsRuleTests
{
    [Fact]
    public void A_transfer_listing_two_safeguards_is_a_warning_at_its_safeguards()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR027", "rpr027-alternative-safeguards.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/activities/0/transfers/0/safeguards", finding.JsonPointer);
        Assert.Equal((24, 11), (finding.Line, finding.Column));
        Assert.Contains("standardContractualClauses, bindingCorporateRules", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transfer_with_one_safeguard_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR027", "rpr027-single-safeguard.yaml"));
    }
}
