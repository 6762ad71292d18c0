namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// A finding of a rule that the controller has considered and accepts on purpose. The finding is then reported as
/// accepted, not as an error or a warning.
/// </summary>
public sealed record Acceptance
{
    /// <summary>
    /// Gets the id of the rule whose finding is accepted, such as <c>RPR013</c>.
    /// </summary>
    public required string Rule { get; init; }

    /// <summary>
    /// Gets why the finding is accepted. An acceptance without a reason is itself a finding.
    /// </summary>
    public string? Reason { get; init; }
}
