using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Rules;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Rules;

// The schema requires a two-letter country code, so a transfer without a country can only be built in code.
public sealed class TransferCountryRuleTests
{
    [Fact]
    public void An_activity_transfer_with_an_empty_country_is_an_error_at_the_country()
    {
        var register = Clean();
        var activity = register.Activities[0] with { Transfers = [Transfer(string.Empty)] };
        register = register with { Activities = [activity] };

        var finding = Assert.Single(RegisterValidator.Validate(register, RuleFixture.Options), d => d.RuleId == "RPR006");

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("/activities/0/transfers/0/country", finding.JsonPointer);
        Assert.Contains("'Handling orders'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'hosting'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_wide_transfer_with_a_blank_country_is_an_error_at_the_country()
    {
        var register = Clean() with { Transfers = [Transfer("  ")] };

        var finding = Assert.Single(RegisterValidator.Validate(register, RuleFixture.Options), d => d.RuleId == "RPR006");

        Assert.Equal("/transfers/0/country", finding.JsonPointer);
    }

    [Fact]
    public void A_transfer_of_a_processor_s_record_with_a_blank_country_is_an_error_at_the_country()
    {
        var register = RegisterLoader.LoadFile(Fixture.Path("processor-clean.yaml")).GetRegisterOrThrow();
        register = register with { ProcessorRecord = register.ProcessorRecord! with { Transfers = [Transfer("")] } };

        var finding = Assert.Single(RegisterValidator.Validate(register, RuleFixture.Options), d => d.RuleId == "RPR006");

        Assert.Equal("/processorRecord/transfers/0/country", finding.JsonPointer);
        Assert.StartsWith("A transfer of the processor's record to 'hosting' does not name", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transfer_naming_its_country_passes()
    {
        var register = Clean() with { Transfers = [Transfer("US")] };

        Assert.DoesNotContain(RegisterValidator.Validate(register, RuleFixture.Options), d => d.RuleId == "RPR006");
    }

    private static Transfer Transfer(string country) => new()
    {
        Country = country,
        Recipient = "hosting",
        Safeguards = [new Safeguard { Type = SafeguardType.StandardContractualClauses }],
    };

    private static Register Clean() => RegisterLoader.LoadFile(Fixture.Path("clean.yaml")).GetRegisterOrThrow();
}
