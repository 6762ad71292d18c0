using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Rules;

/// <summary>
/// The rules for what a register may leave out while it is being completed (RPR056–RPR060): such a register loads, so
/// that a legacy register's first review shows every gap at once, and each gap is a located finding.
/// </summary>
public sealed class NotYetRecordedRulesTests
{
    [Fact]
    public void A_legitimate_interests_basis_without_interests_is_a_warning_at_the_basis()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR056", "rpr056-legitimate-interests.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/activities/0/legalBases/0/interests", finding.JsonPointer);
        Assert.Equal((20, 9), (finding.Line, finding.Column));
        Assert.Contains("'Newsletter to customers'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Art. 6(1)(f), 13(1)(d)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recipient_without_a_kind_is_a_warning_at_the_recipient()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR057", "rpr057-recipient-kinds.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/recipients/0/kind", finding.JsonPointer);
        Assert.Equal((14, 5), (finding.Line, finding.Column));
        Assert.Contains("'bank'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_security_measure_without_a_kind_is_information_at_the_measure()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR058", "rpr058-measure-kinds.yaml"));

        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Equal("/security/measures/0/kind", finding.JsonPointer);
        Assert.Equal((15, 7), (finding.Line, finding.Column));
        Assert.Contains("'access-control'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_processor_without_a_service_is_a_warning_at_the_processor()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR059", "rpr059-processor-service.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/processors/0/service", finding.JsonPointer);
        Assert.Equal((14, 5), (finding.Line, finding.Column));
        Assert.Contains("'payroll'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transfer_outside_the_eea_without_a_safeguard_or_an_adequacy_decision_is_an_error_at_the_transfer()
    {
        var finding = Assert.Single(RuleFixture.FindingsOf("RPR060", "rpr060-transfers.yaml"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/transfers/0/safeguards", finding.JsonPointer);
        Assert.Equal((22, 9), (finding.Line, finding.Column));
        Assert.Contains("to US", finding.Message, StringComparison.Ordinal);
    }
}
