using Binatic.ProcessingRegister.Cli;
using static Binatic.ProcessingRegister.Tests.Cli.CliRun;

namespace Binatic.ProcessingRegister.Tests.Cli;

public sealed class NodeLimitTests
{
    [Fact]
    public void A_register_with_more_values_than_max_nodes_is_refused_with_RPR101()
    {
        var (exitCode, output, _) = Run("validate", RelativeFixture("findings.yaml"), "--max-nodes", "20");

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        Assert.Contains("error RPR101: The document has more than 20 values", output, StringComparison.Ordinal);
    }

    [Fact]
    public void By_default_a_register_of_ordinary_size_is_within_the_node_budget()
    {
        var (_, output, _) = Run("validate", RelativeFixture("findings.yaml"));

        Assert.DoesNotContain("RPR101", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("many")]
    public void A_max_nodes_that_is_not_a_positive_number_is_a_usage_error(string value)
    {
        var (exitCode, _, _) = Run("validate", RelativeFixture("findings.yaml"), "--max-nodes", value);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
    }
}
