using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.References;

public sealed class OrganisationReferenceTests
{
    [Fact]
    public void A_register_with_departments_and_tasks_loads_them_with_the_activity_s_department_and_task()
    {
        var register = RegisterLoader.LoadFile(Fixture.Path("organisation.yaml")).GetRegisterOrThrow();

        Assert.Equal(new Department { Id = "publiekszaken", Name = "Publiekszaken", Description = "Balie, burgerzaken en documenten." }, register.Departments[0]);
        Assert.Equal(new OrganisationTask { Id = "reisdocumenten", Name = "Verstrekken van reisdocumenten", Department = "publiekszaken" }, register.Tasks[0]);
        Assert.Equal(("publiekszaken", "reisdocumenten"), (register.Activities[0].Department, register.Activities[0].Task));
    }

    [Fact]
    public void An_activity_s_processing_operations_load_in_register_order()
    {
        var register = RegisterLoader.LoadFile(Fixture.Path("organisation.yaml")).GetRegisterOrThrow();

        Assert.Equal(
            [
                new ProcessingOperation { Name = "Aanvraag innemen", Description = "De aanvrager meldt zich aan de balie." },
                new ProcessingOperation { Name = "Paspoort uitreiken" },
            ],
            register.Activities[0].Operations);
    }

    [Fact]
    public void A_joint_controller_arrangement_loads_with_its_parties_document_date_and_essence()
    {
        var register = RegisterLoader.LoadFile(Fixture.Path("organisation.yaml")).GetRegisterOrThrow();

        var arrangement = Assert.Single(register.JointControllerArrangements);
        Assert.Equal(("zvh-convenant", "Convenant Zorg- en Veiligheidshuis 2024", new DateOnly(2024, 3, 1)), (arrangement.Id, arrangement.Reference, arrangement.Date));
        Assert.Equal("De partners delen gegevens alleen in het casusoverleg.", arrangement.Essence);
        Assert.Equal(["Gemeente Voorbeeldstad", "Politie Eenheid Midden"], arrangement.Parties.Select(p => p.Contact.Name));
        Assert.Equal("Beantwoordt verzoeken van betrokkenen.", arrangement.Parties[0].Responsibilities);
        Assert.Equal(["zvh-convenant"], register.Activities[0].JointControllerArrangements);
    }

    [Theory]
    [InlineData("unknown-department.yaml", "/activities/0/department", "No department has the id 'publiekszaak'; define it under departments or correct the reference (known ids: publiekszaken, sociaal-domein.)")]
    [InlineData("unknown-task.yaml", "/activities/0/task", "No task has the id 'reisdocument'; define it under tasks or correct the reference (did you mean 'reisdocumenten'?)")]
    [InlineData("unknown-task-department.yaml", "/tasks/0/department", "No department has the id 'burgerzaken'; define it under departments or correct the reference (known ids: publiekszaken, sociaal-domein.)")]
    [InlineData("unknown-arrangement.yaml", "/activities/0/jointControllerArrangements/0", "No joint-controller arrangement has the id 'zvh-convenat'; define it under jointControllerArrangements or correct the reference (did you mean 'zvh-convenant'?)")]
    public void A_reference_to_an_undefined_department_task_or_arrangement_is_an_error_at_the_reference(string fixture, string at, string message)
    {
        var finding = Assert.Single(RegisterLoader.LoadFile(Fixture.Path(fixture)).Diagnostics);

        Assert.Equal((DiagnosticIds.UnknownReference, at, message), (finding.RuleId, finding.JsonPointer, finding.Message));
    }

    [Fact]
    public void Two_departments_with_one_id_are_a_duplicate_at_the_second()
    {
        var finding = Assert.Single(RegisterLoader.LoadFile(Fixture.Path("duplicate-department-id.yaml")).Diagnostics);

        Assert.Equal((DiagnosticIds.DuplicateId, "/departments/1/id"), (finding.RuleId, finding.JsonPointer));
        Assert.Equal("The id 'publiekszaken' is already used by the department at line 8, column 9; ids must be unique, so rename one of them.", finding.Message);
    }
}
