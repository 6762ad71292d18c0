namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The contract between a processor and a controller that Art. 28(3) requires, with how the controller authorised
/// the engagement of sub-processors (Art. 28(2)).
/// </summary>
public sealed record ClientAgreement
{
    /// <summary>
    /// Gets a value indicating whether a processing agreement has been concluded.
    /// </summary>
    public required bool IsInPlace { get; init; }

    /// <summary>
    /// Gets where the agreement can be found.
    /// </summary>
    public string? Reference { get; init; }

    /// <summary>
    /// Gets the date the agreement was signed.
    /// </summary>
    public DateOnly? Date { get; init; }

    /// <summary>
    /// Gets how the controller authorised sub-processors; <see langword="null"/> when the register does not say, which
    /// leaves every sub-processor without a recorded authorisation.
    /// </summary>
    public SubProcessorAuthorisation? SubProcessorAuthorisation { get; init; }

    /// <summary>
    /// Gets the ids of the sub-processors the controller authorised specifically, under
    /// <see cref="Model.SubProcessorAuthorisation.Specific"/>.
    /// </summary>
    public ValueArray<string> AuthorisedSubProcessors { get; init; }
}
