namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// A technical or organisational security measure (Arts. 30(1)(g), 32).
/// </summary>
public sealed record SecurityMeasure
{
    /// <summary>
    /// Gets the id by which activities refer to this measure.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>
    /// Gets whether the measure is technical or organisational, or <see langword="null"/> while the register does not
    /// say; RPR058 asks for it.
    /// </summary>
    public SecurityMeasureKind? Kind { get; init; }

    /// <summary>
    /// Gets the measure as the policy describes it.
    /// </summary>
    public required string Description { get; init; }

    /// <summary>
    /// Gets which of the Art. 32(1)(a)-(d) aims the measure serves.
    /// </summary>
    public ValueArray<SecurityObjective> Objectives { get; init; }
}
