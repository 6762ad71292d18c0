using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// The parts of a register that activities (and the categories of processing of a processor's record) name by id, each looked up by that id, for the writers that print a name
/// where the register wrote an id.
/// </summary>
/// <remarks>
/// The loader refuses duplicate ids; a register built in code may still have them, and then the first entry wins. A
/// processor and a recipient share one namespace, as they do in references, and the processor wins.
/// </remarks>
internal sealed class RegisterIndex
{
    public RegisterIndex(Register register)
    {
        DataSubjects = ById(register.DataSubjectCategories, subject => subject.Id);
        DataCategories = ById(register.DataCategories, category => category.Id);
        Processors = ById(register.Processors, processor => processor.Id);
        Recipients = ById(register.Recipients.Where(recipient => !Processors.ContainsKey(recipient.Id)), recipient => recipient.Id);
        SecurityMeasures = ById(register.Security?.Measures ?? default, measure => measure.Id);
        Departments = ById(register.Departments, department => department.Id);
        Tasks = ById(register.Tasks, task => task.Id);
        Arrangements = ById(register.JointControllerArrangements, arrangement => arrangement.Id);
        SubProcessors = ById(register.ProcessorRecord?.SubProcessors ?? default, subProcessor => subProcessor.Id);
    }

    public IReadOnlyDictionary<string, DataSubjectCategory> DataSubjects { get; }

    public IReadOnlyDictionary<string, DataCategory> DataCategories { get; }

    public IReadOnlyDictionary<string, Processor> Processors { get; }

    /// <summary>Gets the recipients whose id no processor has.</summary>
    public IReadOnlyDictionary<string, Recipient> Recipients { get; }

    public IReadOnlyDictionary<string, SecurityMeasure> SecurityMeasures { get; }

    public IReadOnlyDictionary<string, Department> Departments { get; }

    public IReadOnlyDictionary<string, OrganisationTask> Tasks { get; }

    public IReadOnlyDictionary<string, JointControllerArrangement> Arrangements { get; }

    /// <summary>Gets the sub-processors of the processor's record, which its categories of processing and transfers name.</summary>
    public IReadOnlyDictionary<string, SubProcessor> SubProcessors { get; }

    private static Dictionary<string, T> ById<T>(IEnumerable<T> entries, Func<T, string> id)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            byId.TryAdd(id(entry), entry);
        }

        return byId;
    }
}
