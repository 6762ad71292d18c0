using Binatic.ProcessingRegister.Cli;
using Binatic.ProcessingRegister.Tests.Export;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Diff;

public sealed class DiffCommandTests
{
    [Fact]
    public void Comparing_the_Binatic_register_with_a_modified_copy_prints_the_approved_summary()
    {
        var (exitCode, output, error) = Run("diff", RelativeFixture("binatic-old.yaml"), RelativeFixture("binatic-new.yaml"));

        Assert.Equal((ExitCodes.Success, string.Empty), (exitCode, error));
        Approvals.Verify(output, "md");
    }

    [Fact]
    public void Comparing_two_versions_of_a_municipal_register_in_English_summarises_its_structure_and_its_new_risks()
    {
        var (exitCode, output, error) = Run("diff", RelativeFixture("gemeente-old.yaml"), RelativeFixture("gemeente-new.yaml"), "--language", "en");

        Assert.Equal((ExitCodes.Success, string.Empty), (exitCode, error));
        Assert.Equal(
            """
            #### Needs attention

            - **Transfer outside the EEA (Chapter V)** to US in Paspoort aanvragen (`paspoort`)
            - **National identification number (Art. 87)**: Burgerservicenummer (bsn) (BSN) in Paspoort aanvragen (`paspoort`)
            - **Disclosure to a chain partner**: Zorg- en Veiligheidshuis (zvh) in Paspoort aanvragen (`paspoort`)

            #### Activities changed

            - Paspoort aanvragen (`paspoort`)
              - Controllers
                - added: Burgemeester (burgemeester)
                - removed: College van B en W (college)
              - Department
                - added: Openbare orde en veiligheid (veiligheid)
                - removed: Publiekszaken (publiekszaken)
              - Task
                - added: Handhaving (handhaving)
                - removed: Reisdocumenten (reisdocumenten)
              - Joint-controller arrangements
                - added: Zorg- en Veiligheidshuis (zvh-samenwerking)
              - Data categories
                - added: Burgerservicenummer (bsn)
              - Recipients
                - added: Zorg- en Veiligheidshuis (zvh)
              - Covenants
                - added: Convenant Zorg- en Veiligheidshuis (ZVH-2025-01, 2025-01-15), with Zorg- en Veiligheidshuis (zvh)
              - Transfers
                - added: US: standardContractualClauses
                - removed: no transfers (stated)
              - Retention
                - added: permanent; Aanvraagdossier.
                - removed: P11Y; Aanvraagdossier.

            #### Register

            - Parties to joint-controller arrangements
              - added: Openbaar Ministerie, in Zorg- en Veiligheidshuis (zvh-samenwerking)
              - removed: Politie, in Zorg- en Veiligheidshuis (zvh-samenwerking)

            """,
            output.ReplaceLineEndings("\n").Split("\n#### Data map of the change")[0]);
    }

    [Fact]
    public void Comparing_two_versions_that_add_a_recipient_and_a_transfer_ends_with_the_map_of_what_the_change_adds()
    {
        var (_, output, _) = Run("diff", RelativeFixture("gemeente-old.yaml"), RelativeFixture("gemeente-new.yaml"), "--language", "en");

        var map = output.ReplaceLineEndings("\n").Split("\n#### Data map of the change\n")[1];
        Assert.Contains("```mermaid\nflowchart LR\n", map, StringComparison.Ordinal);
        Assert.Contains("new in this change", map, StringComparison.Ordinal);
        Assert.EndsWith("```\n", map, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparing_a_register_with_itself_prints_one_line_in_the_register_s_language_and_exits_with_success()
    {
        var (exitCode, output, _) = Run("diff", RelativeFixture("binatic-old.yaml"), RelativeFixture("binatic-old.yaml"));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("Geen wijzigingen in de verwerkingen.\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Comparing_a_Dutch_register_in_English_prints_English_labels()
    {
        var (exitCode, output, _) = Run("diff", RelativeFixture("binatic-old.yaml"), RelativeFixture("binatic-old.yaml"), "--language", "en");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("No changes to processing activities.\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_Dutch_summary_uses_the_AVG_s_terms()
    {
        var (_, output, _) = Run("diff", RelativeFixture("gemeente-old.yaml"), RelativeFixture("gemeente-new.yaml"), "--language", "nl");

        Assert.StartsWith("#### Vraagt aandacht\n\n- **Doorgifte buiten de EER (hoofdstuk V AVG)** naar US bij Paspoort aanvragen", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("  - Verwerkingsverantwoordelijken\n    - toegevoegd: Burgemeester (burgemeester)\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Comparing_two_versions_of_a_municipal_register_in_Dutch_writes_the_entries_in_Dutch_too()
    {
        var (exitCode, output, error) = Run("diff", RelativeFixture("gemeente-old.yaml"), RelativeFixture("gemeente-new.yaml"), "--language", "nl");

        Assert.Equal((ExitCodes.Success, string.Empty), (exitCode, error));
        Approvals.Verify(output, "md");
    }

    [Fact]
    public void Comparing_two_versions_of_a_processor_s_record_in_Dutch_names_the_clients_to_inform()
    {
        var (exitCode, output, error) = Run("diff", RelativeFixture("verwerker-old.yaml"), RelativeFixture("verwerker-new.yaml"));

        Assert.Equal((ExitCodes.Success, string.Empty), (exitCode, error));
        Approvals.Verify(output, "md");
    }

    [Fact]
    public void An_unknown_language_is_a_usage_error()
    {
        var (exitCode, output, error) = Run("diff", RelativeFixture("binatic-old.yaml"), RelativeFixture("binatic-old.yaml"), "--language", "de");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Empty(output);
        Assert.Contains("--language", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_that_does_not_load_has_its_findings_printed_to_standard_error_and_exits_with_1()
    {
        var (exitCode, output, error) = Run("diff", RelativeFixture("binatic-old.yaml"), RelativeFixture("invalid.yaml"));

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        Assert.Empty(output);
        Assert.Contains("invalid.yaml(", error, StringComparison.Ordinal);
        Assert.Contains(": error RPR", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_with_2()
    {
        var (exitCode, _, error) = Run("diff", "no-such-register.yaml", RelativeFixture("binatic-new.yaml"));

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("no-such-register.yaml: error RPR100:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void With_output_the_summary_is_written_to_that_file_instead()
    {
        using var directory = new TemporaryDirectory();
        var path = directory["summary.md"];

        var (exitCode, output, _) = Run("diff", RelativeFixture("binatic-old.yaml"), RelativeFixture("binatic-new.yaml"), "--output", path);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Empty(output);
        Assert.StartsWith("#### Vraagt aandacht\n", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(["summary.md"], directory.FileNames);
    }

    [Fact]
    public void Writing_the_summary_over_a_compared_register_is_refused_with_2_and_leaves_it_as_it_was()
    {
        using var directory = new TemporaryDirectory();
        var register = directory["register.yaml"];
        File.Copy(Fixture.Path("binatic-new.yaml"), register);

        var (exitCode, _, error) = Run("diff", RelativeFixture("binatic-old.yaml"), register, "--output", register);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("is one of the registers being compared", error, StringComparison.Ordinal);
        Assert.Equal(Fixture.Text("binatic-new.yaml"), File.ReadAllText(register));
    }

    private static string RelativeFixture(string name) =>
        Path.GetRelativePath(Environment.CurrentDirectory, Fixture.Path(name)).Replace('\\', '/');

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CommandLineApp.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
