using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Rules;

/// <summary>A finding is one line, even where a rule quotes text the register wrote over several lines.</summary>
public sealed class OneLineFindingsTests
{
    [Fact]
    public void An_activity_name_written_over_several_lines_is_quoted_on_one_line_in_every_finding()
    {
        var binatic = RegisterLoader.LoadFile(RepositoryFile.Path("registers/binatic.yaml")).GetRegisterOrThrow();
        var first = binatic.Activities[0] with { Name = "Levering van producten\nen diensten" };

        var findings = RegisterValidator.Validate(binatic with { Activities = [first, .. binatic.Activities.Skip(1)] });

        var quoting = findings.Where(finding => finding.Message.Contains("Levering van producten", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(quoting);
        Assert.All(quoting, finding => Assert.Contains("'Levering van producten en diensten'", finding.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(findings, finding => finding.Message.AsSpan().IndexOfAny('\n', '\r') >= 0);
    }
}
