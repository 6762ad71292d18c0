namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// A task of the organisation (a <i>taak</i> in a Dutch municipal register), such as "civil registration" or
/// "social support", under which processing activities are grouped. For a public authority it is often the task
/// carried out in the public interest that Art. 6(1)(e) and 6(3) tie the processing to.
/// </summary>
public sealed record OrganisationTask
{
    /// <summary>
    /// Gets the id by which activities refer to this task.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>
    /// Gets the task's name.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>
    /// Gets the id of the department that carries out the task, when the register states it.
    /// </summary>
    public string? Department { get; init; }

    /// <summary>
    /// Gets what the task is.
    /// </summary>
    public string? Description { get; init; }
}
