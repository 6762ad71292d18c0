using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class SmallOrganisationExemptionRuleTests
{
    [Fact]
    public void Claiming_the_exemption_while_recording_activities_is_an_error_at_the_claim()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR038", "rpr038-exemption-claimed.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/register/smallOrganisationExemption", finding.JsonPointer);
        Assert.Equal((4, 31), (finding.Line, finding.Column));
    }

    [Fact]
    public void The_finding_names_the_activity_with_criminal_offence_data()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR038", "rpr038-exemption-claimed.yaml"));

        Assert.Contains("'Fraud checks' processes Art. 9 or Art. 10 data", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'Handling orders'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_on_a_register_without_activities_passes()
    {
        var register = TransferAndRiskRegisters.Empty with
        {
            Info = TransferAndRiskRegisters.Empty.Info with { ClaimsSmallOrganisationExemption = true },
        };

        Assert.Empty(TransferAndRiskRegisters.FindingsOf("RPR038", register));
    }

    [Fact]
    public void A_register_that_claims_no_exemption_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR038", "clean.yaml"));
    }
}
