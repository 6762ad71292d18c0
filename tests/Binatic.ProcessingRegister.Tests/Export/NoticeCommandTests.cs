using Binatic.ProcessingRegister.Cli;
using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Export;

public sealed class NoticeCommandTests
{
    private static readonly string Binatic = Fixture.Register("binatic.yaml");

    private static string BinaticNotice(RegisterLanguage language) =>
        NoticeExport.ToMarkdown(RegisterLoader.LoadFile(Binatic).GetRegisterOrThrow(), new NoticeOptions { Language = language });

    [Fact]
    public void The_notice_goes_to_standard_output_in_the_language_asked_for()
    {
        var (exitCode, output, _) = Run("notice", Binatic, "--language", "en");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(BinaticNotice(RegisterLanguage.English), output);
    }

    [Fact]
    public void Without_a_language_the_notice_is_in_the_register_s_own()
    {
        var (_, output, _) = Run("notice", Binatic);

        Assert.Equal(BinaticNotice(RegisterLanguage.Dutch), output);
    }

    [Fact]
    public void With_an_output_the_notice_is_written_to_that_file()
    {
        using var directory = new TemporaryDirectory();

        var (exitCode, _, _) = Run("notice", Binatic, "--language", "nl", "--output", directory["privacyverklaring.md"]);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(["privacyverklaring.md"], directory.FileNames);
        Assert.Equal(BinaticNotice(RegisterLanguage.Dutch), File.ReadAllText(directory["privacyverklaring.md"]));
    }

    [Fact]
    public void A_register_that_does_not_load_prints_its_findings_exits_1_and_writes_no_notice()
    {
        using var directory = new TemporaryDirectory();

        var (exitCode, output, error) = Run("notice", Fixture.Path("with-errors.yaml"), "--output", directory["notice.md"]);

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        Assert.Contains("with-errors.yaml(16,22): error RPR131:", error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.Empty(directory.FileNames);
    }

    [Fact]
    public void A_language_other_than_nl_or_en_is_a_usage_error()
    {
        var (exitCode, output, _) = Run("notice", Binatic, "--language", "de");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Empty(output);
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CommandLineApp.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
