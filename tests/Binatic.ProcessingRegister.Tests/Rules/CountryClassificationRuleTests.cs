using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class CountryClassificationRuleTests
{
    [Fact]
    public void A_transfer_to_an_EEA_country_is_information_at_the_country()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR031", "rpr031-transfer-to-eea-country.yaml"));

        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Equal("/activities/0/transfers/0/country", finding.JsonPointer);
        Assert.Equal((22, 18), (finding.Line, finding.Column));
        Assert.Contains("NO is in the EEA", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_with_adequacy_given_further_clauses_is_information_at_the_country()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR031", "rpr031-adequate-country-with-clauses.yaml"));

        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Equal("/activities/0/transfers/0/country", finding.JsonPointer);
        Assert.Equal((22, 18), (finding.Line, finding.Column));
        Assert.Contains("standardContractualClauses", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adequacy_alone_for_an_adequate_country_and_clauses_for_an_uncertified_US_recipient_pass()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR031", "rpr031-third-countries-classified-correctly.yaml"));
    }
}
