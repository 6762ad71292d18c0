namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The contract with a processor that Art. 28(3) requires.
/// </summary>
public sealed record ProcessingAgreement
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
}
