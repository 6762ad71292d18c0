using System.Text;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Tests.Cli;
using Binatic.ProcessingRegister.Tests.Export;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Rules;

/// <summary>
/// RPR054 compares a processor's record with the controller's own records its clients link to. The pairs of records
/// are in Fixtures/rpr054: each processor's record there links to a client's record beside it.
/// </summary>
public sealed class ClientRecordConsistencyRuleTests : IDisposable
{
    private const string RuleId = "RPR054";
    private const string Link = "/processorRecord/clients/0/controllerRecord";

    private static readonly ReviewOptions Options = new() { ValidationOptions = RuleFixture.Options };

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_client_whose_own_record_leaves_out_countries_of_its_processing_is_a_warning_at_the_link()
    {
        var finding = Assert.Single(FindingsOf("countries.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal(Link, finding.JsonPointer);
        Assert.Equal((20, 9), (finding.Line, finding.Column));
        Assert.Contains("The record of client 'shop' in 'controller.yaml' states NL and DE (within the EEA) as the location of processor 'hosting'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_countries_left_out_are_named_with_the_sub_processors_that_process_there()
    {
        var finding = Assert.Single(FindingsOf("countries.yaml"));

        Assert.Contains("also takes place in IE (sub-processors 'support' and 'mail') and US", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transfer_to_a_sub_processor_engaged_for_the_client_is_a_country_of_its_processing()
    {
        var finding = Assert.Single(FindingsOf("countries.yaml"));

        Assert.Contains("US (sub-processor 'support')", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sub_processors_and_transfers_not_engaged_for_the_client_do_not_count()
    {
        var finding = Assert.Single(FindingsOf("countries.yaml"));

        Assert.DoesNotContain("CA", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("JP", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_that_agree_on_countries_and_on_a_service_written_in_other_case_spacing_and_punctuation_draw_no_finding()
    {
        Assert.Empty(FindingsOf("agreeing.yaml"));
    }

    [Fact]
    public void A_record_that_states_only_within_the_EEA_covers_the_countries_of_the_EEA()
    {
        Assert.Empty(FindingsOf("within-eea.yaml"));
    }

    [Fact]
    public void A_record_that_states_only_within_the_EEA_leaves_out_a_country_outside_it()
    {
        var finding = Assert.Single(FindingsOf("outside-eea.yaml"));

        Assert.Equal(Link, finding.JsonPointer);
        Assert.Contains("states that processor 'hosting' processes the data within the EEA, but the processing for this client also takes place in US (sub-processor 'backup')", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_that_is_none_of_the_client_s_categories_of_processing_is_a_warning_that_quotes_both()
    {
        var finding = Assert.Single(FindingsOf("service.yaml"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal(Link, finding.JsonPointer);
        Assert.Contains("describes the service of processor 'hosting' as 'Hosting of the web shop', which is none of this client's categories of processing here ('Payroll administration')", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_processor_id_the_client_s_record_does_not_list_is_reported_at_the_link_s_processor_with_the_nearest_id()
    {
        var finding = Assert.Single(FindingsOf("unknown-processor.yaml"));

        Assert.Equal($"{Link}/processor", finding.JsonPointer);
        Assert.Contains("lists no processor 'hostng' under 'processors'; did you mean 'hosting'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_processor_id_like_none_the_client_s_record_lists_is_reported_without_a_suggestion()
    {
        var finding = Assert.Single(FindingsOf("unknown-processor-far.yaml"));

        Assert.Equal($"{Link}/processor", finding.JsonPointer);
        Assert.DoesNotContain("did you mean", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_processor_s_record_is_reported_at_the_file()
    {
        var finding = Assert.Single(FindingsOf("not-a-controller.yaml"));

        Assert.Equal($"{Link}/file", finding.JsonPointer);
        Assert.Contains("'agreeing.yaml', which client 'shop' links to, is not a controller's record", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_linked_record_that_does_not_load_is_reported_at_the_file_with_its_number_of_errors()
    {
        var finding = Assert.Single(FindingsOf("broken.yaml"));

        Assert.Equal($"{Link}/file", finding.JsonPointer);
        Assert.Contains("does not load: it has 2 errors; validate it on its own", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_file_that_does_not_exist_is_reported_at_the_file()
    {
        var finding = Assert.Single(FindingsOf("missing.yaml"));

        Assert.Equal($"{Link}/file", finding.JsonPointer);
        Assert.EndsWith("The file cannot be read: the file does not exist.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rule_is_silent_when_no_client_links_its_own_record()
    {
        var review = RegisterReview.OfFile(Fixture.Path("rpr054/unlinked.yaml"), Options);

        Assert.True(review.Success);
        Assert.DoesNotContain(review.Findings, d => d.RuleId == RuleId);
    }

    [Fact]
    public void The_review_stage_on_its_own_reads_no_linked_record_and_so_finds_nothing()
    {
        Assert.Empty(RuleFixture.FindingsOf(RuleId, "rpr054/countries.yaml"));
    }

    [Fact]
    public void A_finding_the_register_accepts_is_reported_as_accepted()
    {
        Assert.True(Assert.Single(FindingsOf("accepted.yaml")).IsAccepted);
    }

    [Fact]
    public void An_acceptance_is_not_stale_when_the_review_stage_on_its_own_could_not_check_the_linked_record()
    {
        Assert.Empty(RuleFixture.FindingsOf("RPR091", "rpr054/accepted.yaml"));
    }

    [Fact]
    public void An_acceptance_is_stale_when_the_linked_record_was_checked_and_agrees()
    {
        var yaml = File.ReadAllText(Fixture.Path("rpr054/agreeing.yaml")) + "accepted:\n  - rule: RPR054\n    reason: Checked.\n";

        var review = RegisterReview.OfYaml(yaml, Fixture.Path("rpr054/agreeing.yaml"), Options);

        Assert.Equal("/accepted/0/rule", Assert.Single(review.Findings, d => d.RuleId == "RPR091").JsonPointer);
    }

    [Fact]
    public void A_register_given_by_a_relative_path_has_its_links_read_relative_to_its_own_folder()
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Fixture.Path("rpr054/subfolder.yaml"));

        var finding = Assert.Single(RegisterReview.OfFile(relative, Options).Findings, d => d.RuleId == RuleId);

        Assert.Contains("in '../rpr054-linked/controller.yaml' states NL (within the EEA)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_read_as_text_has_its_links_read_relative_to_the_folder_of_its_display_name()
    {
        var path = Fixture.Path("rpr054/countries.yaml");

        var fromText = RegisterReview.OfYaml(File.ReadAllText(path), path, Options).Findings;

        Assert.Equal(FindingsOf("countries.yaml"), fromText.Where(d => d.RuleId == RuleId));
    }

    [Fact]
    public void A_register_read_from_a_stream_has_its_links_read_relative_to_the_folder_of_its_display_name()
    {
        var path = Fixture.Path("rpr054/countries.yaml");
        using var stream = File.OpenRead(path);

        var fromStream = RegisterReview.OfStream(stream, path, Options).Findings;

        Assert.Equal(FindingsOf("countries.yaml"), fromStream.Where(d => d.RuleId == RuleId));
    }

    [Fact]
    public void A_register_read_as_text_under_a_name_without_a_folder_has_its_links_read_relative_to_the_current_directory()
    {
        var yaml = File.ReadAllText(Fixture.Path("rpr054/countries.yaml")).Replace("file: controller.yaml", $"file: {Path.GetRelativePath(Environment.CurrentDirectory, Fixture.Path("rpr054/controller.yaml"))}", StringComparison.Ordinal);

        var finding = Assert.Single(RegisterReview.OfYaml(yaml, "<stdin>", Options).Findings, d => d.RuleId == RuleId);

        Assert.Equal(Link, finding.JsonPointer);
    }

    [Fact]
    public void A_link_to_a_folder_is_a_finding_at_the_file_not_an_exception()
    {
        Directory.CreateDirectory(_directory["record.yaml"]);

        var finding = Assert.Single(LinkedTo("record.yaml"));

        Assert.Equal($"{Link}/file", finding.JsonPointer);
        Assert.EndsWith("The file cannot be read: the path is a folder, not a file.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_fifo_is_a_finding_and_the_fifo_is_never_opened()
    {
        var fifo = _directory["record.yaml"];
        UnixFiles.MakeFifo(fifo);

        // Were the FIFO opened, the writer would end the wait after a few seconds, with a record that does not load.
        var writer = UnixFiles.StartFifoWriter(fifo);
        try
        {
            var finding = Assert.Single(LinkedTo("record.yaml"));

            Assert.EndsWith("The file cannot be read: the path is a FIFO, not a regular file.", finding.Message, StringComparison.Ordinal);
        }
        finally
        {
            UnixFiles.End(writer);
        }
    }

    [Fact]
    public void A_link_to_a_symbolic_link_to_a_device_is_a_finding_and_the_device_is_never_read()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "/dev/zero is Linux's.");
        File.CreateSymbolicLink(_directory["record.yaml"], "/dev/zero");

        var finding = Assert.Single(LinkedTo("record.yaml"));

        Assert.EndsWith("The file cannot be read: the path is a character device, not a regular file.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_linked_record_larger_than_the_limit_of_loading_is_a_finding_at_the_file()
    {
        var record = File.ReadAllText(Fixture.Path("rpr054/controller.yaml"));
        File.WriteAllText(_directory["record.yaml"], record + new string('#', 20_000) + "\n");
        var options = Options with { LoadOptions = new LoadOptions { MaxFileSizeBytes = 10_000 } };

        var finding = Assert.Single(LinkedTo("record.yaml", options));

        Assert.Equal($"{Link}/file", finding.JsonPointer);
        Assert.Contains("The file is larger than the limit of 10,000 bytes", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_finding_is_written_in_Dutch_for_a_Dutch_review()
    {
        var options = Options with { ValidationOptions = RuleFixture.Options with { Language = RegisterLanguage.Dutch } };

        var finding = Assert.Single(FindingsOf("countries.yaml", options));

        Assert.Contains("vindt ook plaats in IE (subverwerkers 'support' en 'mail') en US (subverwerker 'support')", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_processor_s_record_finds_that_its_municipal_client_s_record_leaves_out_the_back_up_and_the_support_desk()
    {
        var findings = RegisterReview.OfFile(Fixture.Register("verwerker-voorbeeld.yaml"), Options).Findings.Where(d => d.RuleId == RuleId);

        var finding = Assert.Single(findings);
        Assert.Contains("'gemeente-voorbeeld.yaml' states NL (within the EEA) as the location of processor 'zaaksysteem', but the processing for this client also takes place in DE (sub-processor 'back-up') and US (sub-processor 'supportdesk')", finding.Message, StringComparison.Ordinal);
    }

    private static List<Diagnostic> FindingsOf(string fixture, ReviewOptions? options = null) =>
        [.. RegisterReview.OfFile(Fixture.Path($"rpr054/{fixture}"), options ?? Options).Findings.Where(d => d.RuleId == RuleId)];

    /// <summary>Reviews, in the temporary folder, the agreeing processor's record with its link changed to <paramref name="file"/>.</summary>
    private List<Diagnostic> LinkedTo(string file, ReviewOptions? options = null)
    {
        var register = _directory["processor.yaml"];
        File.WriteAllText(
            register,
            File.ReadAllText(Fixture.Path("rpr054/agreeing.yaml")).Replace("file: controller.yaml", $"file: {file}", StringComparison.Ordinal),
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return [.. RegisterReview.OfFile(register, options ?? Options).Findings.Where(d => d.RuleId == RuleId)];
    }
}
