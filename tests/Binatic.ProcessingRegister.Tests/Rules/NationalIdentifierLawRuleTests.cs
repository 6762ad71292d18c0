using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class NationalIdentifierLawRuleTests
{
    [Fact]
    public void A_bsn_without_the_law_that_allows_its_use_is_an_error_at_the_national_identifier()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR047", "rpr047-national-identifier-without-law.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/dataCategories/1/nationalIdentifier/law", finding.JsonPointer);
        Assert.Equal((16, 7), (finding.Line, finding.Column));
        Assert.Equal("The data category 'bsn' is a national identification number (BSN) without the law that allows its use; add 'law' under 'nationalIdentifier' with the act and article, such as 'Wet algemene bepalingen burgerservicenummer, art. 10' (Art. 87; UAVG art. 46).", finding.Message);
    }

    [Fact]
    public void A_bsn_with_the_law_that_allows_its_use_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR047", "rpr047-national-identifier-with-law.yaml"));
    }

    [Fact]
    public void A_register_without_national_identifiers_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR047", "clean.yaml"));
    }
}
