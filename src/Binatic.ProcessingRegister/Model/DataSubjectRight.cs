namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// A right of data subjects and how the controller honours it.
/// </summary>
public sealed record DataSubjectRight
{
    /// <summary>
    /// Gets the right.
    /// </summary>
    public required DataSubjectRightKind Kind { get; init; }

    /// <summary>
    /// Gets the right as the policy describes it.
    /// </summary>
    public string? Description { get; init; }

    /// <summary>
    /// Gets the ids of the processing activities the right applies to; empty when it applies to every activity.
    /// </summary>
    public ValueArray<string> Activities { get; init; }
}
