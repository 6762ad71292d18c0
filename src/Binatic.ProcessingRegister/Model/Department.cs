namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// A department of the controller's organisation (an <i>afdeling</i> in a Dutch municipal register). Art. 30 does
/// not ask for it, but a record kept by department shows who answers for each activity, which the controller's
/// accountability (Art. 5(2), 24) rests on.
/// </summary>
public sealed record Department
{
    /// <summary>
    /// Gets the id by which tasks and activities refer to this department.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>
    /// Gets the department's name.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>
    /// Gets what the department does.
    /// </summary>
    public string? Description { get; init; }
}
