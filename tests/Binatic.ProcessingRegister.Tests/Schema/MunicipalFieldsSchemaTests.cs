using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;

namespace Binatic.ProcessingRegister.Tests.Schema;

/// <summary>What the schema refuses in chain partners' covenants and data categories, further processing and archival retention.</summary>
public sealed class MunicipalFieldsSchemaTests
{
    [Fact]
    public void A_covenant_without_a_name_is_reported_at_the_covenant()
    {
        var finding = Assert.Single(Load("covenant-without-name.yaml"));

        Assert.Equal((DiagnosticIds.MissingProperty, "/recipients/0/covenant"), (finding.RuleId, finding.JsonPointer));
        Assert.Contains("'name'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Further_processing_without_its_purpose_is_reported_at_the_entry()
    {
        var finding = Assert.Single(Load("further-processing-without-purpose.yaml"));

        Assert.Equal((DiagnosticIds.MissingProperty, "/activities/0/furtherProcessing/0"), (finding.RuleId, finding.JsonPointer));
        Assert.Contains("'purpose'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_selection_list_needs_its_name_and_the_archive_transfer_an_iso_period()
    {
        var findings = Load("archival-retention.yaml");

        Assert.Equal(
            [
                (DiagnosticIds.MissingProperty, "/activities/0/retention/0/selectionList"),
                (DiagnosticIds.InvalidFormat, "/activities/0/retention/0/archiveTransferAfter"),
            ],
            findings.Select(f => (f.RuleId, f.JsonPointer)));
    }

    [Fact]
    public void A_recipient_s_data_categories_are_a_list_of_at_least_one_id_without_repeats()
    {
        var findings = Load("recipient-data-categories.yaml");

        Assert.Equal(
            [
                (DiagnosticIds.ConstraintViolated, "/recipients/0/dataCategories"),
                (DiagnosticIds.ConstraintViolated, "/recipients/1/dataCategories/1"),
            ],
            findings.Select(f => (f.RuleId, f.JsonPointer)));
    }

    private static IReadOnlyList<Diagnostic> Load(string fixture) =>
        RegisterLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "Schema", "Fixtures", fixture)).Diagnostics;
}
