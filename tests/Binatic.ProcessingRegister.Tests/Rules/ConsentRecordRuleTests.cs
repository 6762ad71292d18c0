using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

public sealed class ConsentRecordRuleTests
{
    [Fact]
    public void Consent_without_a_record_or_a_withdrawal_is_an_error_at_the_basis()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR015", "rpr015-consent-without-record-or-withdrawal.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/legalBases/0/basis", finding.JsonPointer);
        Assert.Equal((19, 16), (finding.Line, finding.Column));
        Assert.Equal("'Product updates' relies on consent without a record of it or a way to withdraw it; add 'consentRecord' and 'withdrawal' (Art. 7(1), 7(3)).", finding.Message);
    }

    [Fact]
    public void Consent_that_can_be_withdrawn_but_is_not_recorded_is_an_error_about_the_record()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR015", "rpr015-consent-without-record.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/legalBases/0/basis", finding.JsonPointer);
        Assert.Equal((19, 16), (finding.Line, finding.Column));
        Assert.EndsWith("add 'consentRecord' (Art. 7(1)).", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recorded_consent_with_no_way_to_withdraw_it_is_an_error_about_the_withdrawal()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR015", "rpr015-consent-without-withdrawal.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/legalBases/0/basis", finding.JsonPointer);
        Assert.Equal((19, 16), (finding.Line, finding.Column));
        Assert.EndsWith("add 'withdrawal', or 'consentWithdrawal' under 'dataSubjectRights' (Art. 7(3)).", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recorded_consent_with_a_withdrawal_on_the_basis_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR015", "rpr015-consent-recorded-with-withdrawal.yaml"));
    }

    [Fact]
    public void The_register_wide_consent_withdrawal_counts_as_the_withdrawal_mechanism()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR015", "rpr015-consent-with-register-wide-withdrawal.yaml"));
    }

    [Fact]
    public void A_register_without_consent_passes()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR015", "clean.yaml"));
    }
}
