using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;

namespace Binatic.ProcessingRegister.Tests.Schema;

/// <summary>What the schema refuses in a processor's record (Art. 30(2)).</summary>
public sealed class ProcessorRecordSchemaTests
{
    [Fact]
    public void A_link_to_a_clients_record_must_be_a_relative_path_to_a_yaml_file()
    {
        var findings = Load("controller-record-paths.yaml");

        Assert.Equal(
            [
                "/processorRecord/clients/0/controllerRecord/file",
                "/processorRecord/clients/1/controllerRecord/file",
                "/processorRecord/clients/2/controllerRecord/file",
                "/processorRecord/clients/3/controllerRecord/file",
            ],
            findings.Select(f => f.JsonPointer));
        Assert.All(findings, f => Assert.Equal(DiagnosticIds.InvalidFormat, f.RuleId));
    }

    [Fact]
    public void A_refused_link_says_what_to_write_instead()
    {
        var finding = Load("controller-record-paths.yaml")[0];

        Assert.Equal(
            "'file' at /processorRecord/clients/0/controllerRecord/file is '/etc/register.yaml', which is not a valid register file; write a path to a YAML register relative to this register's folder, such as 'gemeente-voorbeeld.yaml' or '../klanten/gemeente.yaml': not an absolute path, a drive or an address, and ending in '.yaml' or '.yml'.",
            finding.Message);
    }

    [Fact]
    public void A_sub_processor_needs_its_service_an_authorisation_is_general_or_specific_and_a_client_lists_at_least_one_category()
    {
        var findings = Load("processor-record-shapes.yaml");

        Assert.Equal(
            [
                (DiagnosticIds.ValueNotAllowed, "/processorRecord/clients/0/processingAgreement/subProcessorAuthorisation"),
                (DiagnosticIds.ConstraintViolated, "/processorRecord/clients/0/processing"),
                (DiagnosticIds.MissingProperty, "/processorRecord/subProcessors/0"),
            ],
            findings.Select(f => (f.RuleId, f.JsonPointer)));
    }

    private static IReadOnlyList<Diagnostic> Load(string fixture) =>
        RegisterLoader.LoadFile(Support.Fixture.Path(fixture)).Diagnostics;
}
