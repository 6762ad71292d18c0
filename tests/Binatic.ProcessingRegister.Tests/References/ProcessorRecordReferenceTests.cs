using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.References;

public sealed class ProcessorRecordReferenceTests
{
    [Fact]
    public void A_processor_only_register_loads_without_a_controller_catalogues_or_activities()
    {
        var result = RegisterLoader.LoadFile(Fixture.Path("processor-only.yaml"));

        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var register = result.GetRegisterOrThrow();
        Assert.Equal(RegisterRole.Processor, register.Info.Role);
        Assert.Empty(register.Controllers);
        Assert.Empty(register.Activities);
    }

    [Fact]
    public void A_processor_only_register_binds_its_clients_agreements_categories_and_sub_processors()
    {
        var record = RegisterLoader.LoadFile(Fixture.Path("processor-only.yaml")).GetRegisterOrThrow().ProcessorRecord!;

        Assert.Equal("Example Hosting Ltd", record.Processor!.Contact.Name);
        var client = Assert.Single(record.Clients);
        Assert.Equal(("shop", SubProcessorAuthorisation.Specific), (client.Id, client.ProcessingAgreement!.SubProcessorAuthorisation));
        Assert.Equal(["datacentre"], client.ProcessingAgreement.AuthorisedSubProcessors);
        Assert.Equal(["datacentre"], Assert.Single(client.Processing).SubProcessors);
        Assert.Equal("Colocation", Assert.Single(record.SubProcessors).Service);
        Assert.Equal(["encryption"], record.SecurityMeasures);
    }

    [Fact]
    public void A_register_without_a_role_is_a_controllers_record()
    {
        var register = RegisterLoader.LoadFile(Fixture.Register("example.yaml")).GetRegisterOrThrow();

        Assert.Equal(RegisterRole.Controller, register.Info.Role);
        Assert.Null(register.ProcessorRecord);
    }

    [Fact]
    public void A_register_whose_role_includes_processor_without_a_processor_record_is_told_to_add_one()
    {
        var finding = Assert.Single(RegisterLoader.LoadFile(Fixture.Path("processor-role-without-record.yaml")).Diagnostics);

        Assert.Equal((DiagnosticIds.RoleAndRecordDisagree, DiagnosticSeverity.Error, 3, 9), (finding.RuleId, finding.Severity, finding.Line, finding.Column));
        Assert.Equal("/register/role", finding.JsonPointer);
        Assert.Equal("The register's role is 'controllerAndProcessor', but it has no 'processorRecord'; add it with the controllers you process for under 'clients' (Art. 30(2)), or set the role to 'controller' if the register keeps only its own processing.", finding.Message);
    }

    [Fact]
    public void A_controllers_register_with_a_processor_record_is_told_to_set_its_role()
    {
        var finding = Assert.Single(RegisterLoader.LoadFile(Fixture.Path("record-in-controller-register.yaml")).Diagnostics);

        Assert.Equal((DiagnosticIds.RoleAndRecordDisagree, 20, 3), (finding.RuleId, finding.Line, finding.Column));
        Assert.Equal("/processorRecord", finding.JsonPointer);
        Assert.StartsWith("The register has a 'processorRecord', but its role is 'controller' (the default); set 'role: controllerAndProcessor'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_processor_only_register_with_activities_is_told_they_belong_to_a_controllers_record()
    {
        var finding = Assert.Single(RegisterLoader.LoadFile(Fixture.Path("processor-with-activities.yaml")).Diagnostics);

        Assert.Equal((DiagnosticIds.RoleAndRecordDisagree, "/activities"), (finding.RuleId, finding.JsonPointer));
        Assert.Equal("The register's role is 'processor', but it has 'activities', which belongs to a controller's record; set 'role: controllerAndProcessor' under 'register' if it also keeps its own processing (Art. 30(1)), or remove 'activities'.", finding.Message);
    }

    [Fact]
    public void A_controllers_register_without_activities_or_catalogues_is_told_each_one_it_lacks_in_its_own_language()
    {
        var result = RegisterReview.OfFile(Fixture.Path("controller-without-activities.yaml"));

        Assert.Equal(
            [
                "Het register is het register van een verwerkingsverantwoordelijke, maar heeft geen 'activities'; voeg de verwerkingen toe (art. 30 lid 1 AVG), of zet 'role: processor' onder 'register' als het alleen het register van een verwerker is (art. 30 lid 2 AVG).",
                "Het register is het register van een verwerkingsverantwoordelijke, maar heeft geen 'dataCategories'; voeg de lijst van categorieën persoonsgegevens toe (art. 30 lid 1 AVG), of zet 'role: processor' onder 'register' als het alleen het register van een verwerker is (art. 30 lid 2 AVG).",
                "Het register is het register van een verwerkingsverantwoordelijke, maar heeft geen 'dataSubjectCategories'; voeg de lijst van categorieën betrokkenen toe (art. 30 lid 1 AVG), of zet 'role: processor' onder 'register' als het alleen het register van een verwerker is (art. 30 lid 2 AVG).",
            ],
            result.Findings.Where(f => f.RuleId == DiagnosticIds.MissingProperty).Select(f => f.Message));
    }

    [Fact]
    public void A_category_of_processing_that_names_an_undefined_sub_processor_is_told_the_nearest_id()
    {
        var findings = RegisterLoader.LoadFile(Fixture.Path("processor-unknown-references.yaml")).Diagnostics;

        var finding = Assert.Single(findings, f => f.JsonPointer == "/processorRecord/clients/0/processingAgreement/authorisedSubProcessors/0");
        Assert.Equal(DiagnosticIds.UnknownReference, finding.RuleId);
        Assert.Equal("No sub-processor has the id 'datacenter'; define it under processorRecord.subProcessors or correct the reference (did you mean 'datacentre'?)", finding.Message);
    }

    [Fact]
    public void A_category_of_processing_that_names_a_security_measure_the_register_does_not_define_is_reported()
    {
        var findings = RegisterLoader.LoadFile(Fixture.Path("processor-unknown-references.yaml")).Diagnostics;

        var finding = Assert.Single(findings, f => f.JsonPointer == "/processorRecord/clients/0/processing/0/securityMeasures/0");
        Assert.Equal("No security measure has the id 'encryption'; define it under security.measures or correct the reference (security.measures defines none yet.)", finding.Message);
    }

    [Fact]
    public void A_transfer_of_the_processor_record_names_a_sub_processor()
    {
        var findings = RegisterLoader.LoadFile(Fixture.Path("processor-unknown-references.yaml")).Diagnostics;

        var finding = Assert.Single(findings, f => f.JsonPointer == "/processorRecord/transfers/0/recipient");
        Assert.Equal("No sub-processor has the id 'helpdesk'; define it under processorRecord.subProcessors or correct the reference (known ids: datacentre.)", finding.Message);
    }

    [Fact]
    public void Two_clients_with_one_id_are_reported_at_the_second()
    {
        var findings = RegisterLoader.LoadFile(Fixture.Path("processor-unknown-references.yaml")).Diagnostics;

        var finding = Assert.Single(findings, f => f.RuleId == DiagnosticIds.DuplicateId);
        Assert.Equal("/processorRecord/clients/1/id", finding.JsonPointer);
        Assert.Equal("The id 'shop' is already used by the client at line 6, column 11; ids must be unique, so rename one of them.", finding.Message);
    }
}
