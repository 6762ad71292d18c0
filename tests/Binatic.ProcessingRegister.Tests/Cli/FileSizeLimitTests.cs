using Binatic.ProcessingRegister.Cli;
using static Binatic.ProcessingRegister.Tests.Cli.CliRun;

namespace Binatic.ProcessingRegister.Tests.Cli;

public sealed class FileSizeLimitTests
{
    [Fact]
    public void A_register_larger_than_the_max_file_size_is_refused_with_RPR101()
    {
        var (exitCode, output, _) = Run("validate", RelativeFixture("findings.yaml"), "--max-file-size", "100");

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        Assert.Contains("error RPR101:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Raising_the_max_file_size_lets_a_larger_register_be_read()
    {
        var (_, output, _) = Run("validate", RelativeFixture("findings.yaml"), "--max-file-size", "100000000");

        Assert.DoesNotContain("RPR101", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("big")]
    public void A_max_file_size_that_is_not_a_positive_number_is_a_usage_error(string value)
    {
        var (exitCode, _, _) = Run("validate", RelativeFixture("findings.yaml"), "--max-file-size", value);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
    }
}
