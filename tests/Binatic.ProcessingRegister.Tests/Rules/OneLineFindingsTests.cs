using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Rules;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Rules;

/// <summary>A finding is one line, even where a rule quotes text the register wrote over several lines.</summary>
public sealed class OneLineFindingsTests
{
    private static readonly Register Binatic = Fixture.BinaticRegister;

    [Fact]
    public void An_activity_name_written_over_several_lines_is_quoted_on_one_line_in_every_finding()
    {
        var first = Binatic.Activities[0] with { Name = "Levering van producten\nen diensten" };

        var findings = RegisterValidator.Validate(Binatic with { Activities = [first, .. Binatic.Activities.Skip(1)] });

        var quoting = findings.Where(finding => finding.Message.Contains("Levering van producten", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(quoting);
        Assert.All(quoting, finding => Assert.Contains("'Levering van producten en diensten'", finding.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(findings, finding => finding.Message.AsSpan().IndexOfAny('\n', '\r') >= 0);
    }

    [Fact]
    public void An_acceptance_reason_written_over_several_lines_is_reported_on_one_line()
    {
        var rule = RegisterValidator.Validate(Binatic with { Activities = [Binatic.Activities[0]] })
            .First(finding => finding.JsonPointer.StartsWith("/activities/0", StringComparison.Ordinal)).RuleId;
        var first = Binatic.Activities[0] with { Accepted = [new Acceptance { Rule = rule, Reason = "Besproken met de FG;\nzie het verslag." }] };

        var findings = RegisterValidator.Validate(Binatic with { Activities = [first, .. Binatic.Activities.Skip(1)] });

        var accepted = findings.Where(finding => finding.IsAccepted).ToList();
        Assert.NotEmpty(accepted);
        Assert.All(accepted, finding => Assert.Equal("Besproken met de FG; zie het verslag.", finding.AcceptedReason));
    }
}
