using Binatic.ProcessingRegister.Model;
using CsCheck;

namespace Binatic.ProcessingRegister.Tests.Generation;

// The organisation of an arbitrary register: its controllers, departments, tasks and joint-controller arrangements,
// and what each activity names of them. Methods, not properties: static initialisers of two files of one class run
// in no order the language promises, and these are called from Arbitrary's.
internal static partial class RegisterGenerator
{
    /// <summary>
    /// Gets the organisation of a register with <paramref name="activities"/> activities: either the one
    /// <paramref name="controller"/> as written with <c>controller</c>, or one to three controllers with ids, of which
    /// every activity names at least one when there are several, as the loader asks (RPR132).
    /// </summary>
    private static Gen<Organisation> OrganisationOf(Controller controller, int activities) =>
        from listed in Gen.Bool
        from others in Controller.Array[0, 2]
        let controllers = listed
            ? [.. new[] { controller }.Concat(others).Select((c, i) => c with { Id = $"controller-{i}" })]
            : new[] { controller }
        from departments in Catalogue(Department(), (d, id) => d with { Id = id }, "department", 2)
        let departmentIds = departments.Select(d => d.Id).ToArray()
        from tasks in Catalogue(OrganisationTask(departmentIds), (t, id) => t with { Id = id }, "task", 2)
        from arrangements in Catalogue(Arrangement(), (a, id) => a with { Id = id }, "arrangement", 2)
        let ids = new OrganisationIds(
            listed ? [.. controllers.Select(c => c.Id!)] : [],
            departmentIds,
            [.. tasks.Select(t => t.Id)],
            [.. arrangements.Select(a => a.Id)])
        from parts in ActivityOrganisationOf(ids).Array[activities]
        select new Organisation([.. controllers], [.. departments], [.. tasks], [.. arrangements], parts);

    private static Gen<Department> Department() =>
        Gen.Select(Text, Optional(Text), (name, description) => new Department { Id = "-", Name = name, Description = description });

    private static Gen<OrganisationTask> OrganisationTask(string[] departments) =>
        from name in Text
        from department in OptionalId(departments)
        from description in Optional(Text)
        select new OrganisationTask { Id = "-", Name = name, Department = department, Description = description };

    private static Gen<JointControllerArrangement> Arrangement() =>
        from name in Text
        from parties in Gen.Select(Contact, Optional(Text), (c, r) => new ArrangementParty { Contact = c, Responsibilities = r }).Array[1, 2]
        from reference in Optional(Text)
        from date in Gen.Nullable(Date)
        from essence in Optional(Text)
        select new JointControllerArrangement { Id = "-", Name = name, Parties = [.. parties], Reference = reference, Date = date, Essence = essence };

    private static Gen<ActivityOrganisation> ActivityOrganisationOf(OrganisationIds ids) =>
        from controllers in Subset(ids.Controllers).Where(named => ids.Controllers.Length < 2 || named.Count > 0)
        from department in OptionalId(ids.Departments)
        from task in OptionalId(ids.Tasks)
        from operations in Gen.Select(Text, Optional(Text), (n, d) => new ProcessingOperation { Name = n, Description = d }).Array[0, 2]
        from arrangements in Subset(ids.Arrangements)
        select new ActivityOrganisation(controllers, department, task, [.. operations], arrangements);

    private static Gen<string?> OptionalId(string[] ids) => ids.Length == 0 ? Gen.Const((string?)null) : Optional(Gen.OneOf(ids));

    /// <summary>The organisation of a register, with what each activity, by position, names of it.</summary>
    private sealed record Organisation(
        ValueArray<Controller> Controllers,
        ValueArray<Department> Departments,
        ValueArray<OrganisationTask> Tasks,
        ValueArray<JointControllerArrangement> Arrangements,
        ActivityOrganisation[] Activities)
    {
        public ProcessingActivity Apply(ProcessingActivity activity, int index) => activity with
        {
            Controllers = Activities[index].Controllers,
            Department = Activities[index].Department,
            Task = Activities[index].Task,
            Operations = Activities[index].Operations,
            JointControllerArrangements = Activities[index].Arrangements,
        };
    }

    private sealed record ActivityOrganisation(
        ValueArray<string> Controllers,
        string? Department,
        string? Task,
        ValueArray<ProcessingOperation> Operations,
        ValueArray<string> Arrangements);

    private sealed record OrganisationIds(string[] Controllers, string[] Departments, string[] Tasks, string[] Arrangements);
}
