namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The ground on which an activity processes criminal-offence data (Art. 10; in the Netherlands UAVG arts.
/// 31-33).
/// </summary>
public sealed record CriminalOffenceGround
{
    /// <summary>
    /// Gets the ground in words.
    /// </summary>
    public required string Description { get; init; }

    /// <summary>
    /// Gets the provision relied on.
    /// </summary>
    public string? Law { get; init; }
}
