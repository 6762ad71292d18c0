namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The data protection impact assessment (DPIA) of an activity (Art. 35).
/// </summary>
public sealed record ImpactAssessment
{
    /// <summary>
    /// Gets where the assessment stands.
    /// </summary>
    public required DpiaStatus Status { get; init; }

    /// <summary>
    /// Gets where the assessment or its screening is documented.
    /// </summary>
    public string? Reference { get; init; }

    /// <summary>
    /// Gets why an assessment is or is not required.
    /// </summary>
    public string? Description { get; init; }
}
