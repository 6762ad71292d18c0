using System.Reflection;
using Binatic.ProcessingRegister.Cli;
using Binatic.ProcessingRegister.Tests.Export;
using Binatic.ProcessingRegister.Tests.Support;
using static Binatic.ProcessingRegister.Tests.Cli.CliRun;

namespace Binatic.ProcessingRegister.Tests.Cli;

/// <summary>
/// The tool's own messages (a file that cannot be read, option errors, the accepted marker, summary lines) are in the
/// language <c>--language</c> chooses, else in that of the one register read, else English; the severity words stay
/// English, since CI parsers read them.
/// </summary>
public sealed class CliMessageTests
{
    private static string Binatic => Fixture.Register("binatic.yaml");

    public static TheoryData<string> Messages()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in AllMessages())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void The_command_line_declares_its_messages()
    {
        Assert.True(AllMessages().Count() > 30, "messages are found by reflection");
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Every_message_has_an_English_and_a_different_Dutch_text(string name)
    {
        var message = AllMessages().Single(m => m.Name == name).Message;

        Assert.False(string.IsNullOrWhiteSpace(message.English), $"{name} has no English text");
        Assert.False(string.IsNullOrWhiteSpace(message.Dutch), $"{name} has no Dutch text");
        Assert.NotEqual(message.English, message.Dutch);
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Both_texts_of_a_message_name_the_same_placeholders(string name)
    {
        var message = AllMessages().Single(m => m.Name == name).Message;

        Assert.Equal(
            CliMessage.PlaceholdersOf(message.English).Order(StringComparer.Ordinal),
            CliMessage.PlaceholdersOf(message.Dutch).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_missing_file_is_reported_in_Dutch_when_Dutch_is_asked_for()
    {
        var (exitCode, _, error) = Run("validate", "--language", "nl", "no-such-register.yaml");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("no-such-register.yaml: error RPR100: Het bestand bestaat niet; controleer het pad.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_reported_in_English_when_no_register_could_be_read_and_no_language_was_asked_for()
    {
        var (_, _, error) = Run("validate", "no-such-register.yaml");

        Assert.Contains("no-such-register.yaml: error RPR100: The file does not exist; check the path.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_beside_one_Dutch_register_is_reported_in_that_register_s_language()
    {
        var (_, _, error) = Run("validate", Binatic, "no-such-register.yaml");

        Assert.Contains("no-such-register.yaml: error RPR100: Het bestand bestaat niet; controleer het pad.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_that_matches_nothing_is_reported_in_Dutch()
    {
        var (exitCode, _, error) = Run("validate", "--language", "nl", "no-such-folder/**/*.yaml");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains(": error RPR100: Het patroon past op geen enkel bestand;", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_line_of_validate_counts_in_Dutch_what_could_not_be_read()
    {
        var (_, output, _) = Run("validate", Binatic, "no-such-register.yaml");

        Assert.Contains("1 register gecontroleerd, 1 kon niet worden gelezen: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_accepted_finding_is_marked_in_Dutch_and_keeps_its_English_severity_word()
    {
        var (_, output, _) = Run("validate", "--language", "nl", RelativeFixture("findings.yaml"));

        var line = Assert.Single(output.Split('\n'), l => l.Contains("RPR007", StringComparison.Ordinal));
        Assert.Contains("(14,5): warning RPR007: ", line, StringComparison.Ordinal);
        Assert.Contains(" (geaccepteerd: Order data follows", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_accepted_finding_is_marked_in_English_in_an_English_register()
    {
        var (_, output, _) = Run("validate", RelativeFixture("findings.yaml"));

        Assert.Contains(" (accepted: Order data follows", output, StringComparison.Ordinal);
        Assert.DoesNotContain("geaccepteerd", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_GitHub_annotation_marks_an_accepted_finding_in_Dutch()
    {
        var (_, output, _) = Run("validate", "--language", "nl", "--format", "github", "--repository-root", FixtureFolder, RelativeFixture("findings.yaml"));

        Assert.Contains("::notice file=findings.yaml,line=14,col=5,", output, StringComparison.Ordinal);
        Assert.Contains(" (geaccepteerd: Order data follows", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RPR999=error", "Er is geen regel 'RPR999'; 'processing-register rules' geeft de lijst.")]
    [InlineData("RPR101=warning", "'RPR101' is een controle van het inlezen en het schema:")]
    [InlineData("RPR013", "'RPR013' is niet RULE=LEVEL; schrijf bijvoorbeeld --severity RPR013=error (niveaus: error, warning, info, none).")]
    public void A_wrong_severity_is_a_Dutch_usage_error_with_Dutch_asked_for(string value, string expected)
    {
        var (exitCode, _, error) = Run("validate", "--language", "nl", "--severity", value, Binatic);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains($"error: {expected}", error, StringComparison.Ordinal);
        Assert.Contains("Voer 'processing-register --help' uit voor het gebruik.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_error_is_English_without_a_language()
    {
        var (_, _, error) = Run("validate", "--severity", "RPR999=error", Binatic);

        Assert.Contains("error: There is no rule 'RPR999'; 'processing-register rules' will list them.", error, StringComparison.Ordinal);
        Assert.Contains("Run 'processing-register --help' for usage.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--max-nodes", "0", "--max-nodes moet een positief aantal waarden zijn.")]
    [InlineData("--max-file-size", "-1", "--max-file-size moet een positief aantal bytes zijn.")]
    [InlineData("--repository-root", "no-such-folder", "--repository-root no-such-folder: de map bestaat niet.")]
    public void A_wrong_option_of_validate_is_a_Dutch_usage_error(string option, string value, string expected)
    {
        var (exitCode, _, error) = Run("validate", "--language", "nl", option, value, Binatic);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains($"error: {expected}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_output_of_diff_is_a_Dutch_usage_error()
    {
        var (exitCode, _, error) = Run("diff", Binatic, Binatic, "--language", "nl", "--output", string.Empty);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("error: --output heeft een bestandspad nodig, maar is leeg.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_of_export_for_the_other_format_is_a_Dutch_usage_error()
    {
        var (exitCode, _, error) = Run("export", Binatic, "--format", "markdown", "--compact", "--language", "nl");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("error: --compact geldt alleen voor --format json.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_a_Dutch_register_s_summary_to_a_folder_is_refused_in_Dutch()
    {
        using var directory = new TemporaryDirectory();

        var (exitCode, _, error) = Run("diff", Binatic, Binatic, "--output", directory.Path);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains(": error: --output is een map; geef het pad van een bestand om de samenvatting naar te schrijven.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Exporting_a_Dutch_register_to_a_file_says_so_in_Dutch()
    {
        using var directory = new TemporaryDirectory();
        var path = directory["register.md"];

        var (exitCode, output, _) = Run("export", Binatic, "--format", "markdown", "--output", path);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal($"{Binatic} geëxporteerd als markdown naar {path}.", output.TrimEnd());
    }

    [Fact]
    public void Exporting_a_Dutch_register_in_English_says_so_in_English()
    {
        using var directory = new TemporaryDirectory();
        var path = directory["register.md"];

        var (_, output, _) = Run("export", Binatic, "--format", "markdown", "--language", "en", "--output", path);

        Assert.Equal($"Exported {Binatic} as markdown to {path}.", output.TrimEnd());
    }

    [Fact]
    public void An_unknown_rule_to_explain_is_reported_in_Dutch()
    {
        var (exitCode, _, error) = Run("explain", "RPR9999", "--language", "nl");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("error: 'RPR9999' is geen regel-id. Voer 'processing-register rules' uit voor de lijst.", error, StringComparison.Ordinal);
    }

    private static IEnumerable<(string Name, CliMessage Message)> AllMessages() =>
        typeof(CliMessage).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(field => field.FieldType == typeof(CliMessage))
            .Select(field => ($"{field.DeclaringType!.Name}.{field.Name}", (CliMessage)field.GetValue(null)!));
}
