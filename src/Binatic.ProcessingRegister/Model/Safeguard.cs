namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The ground for a transfer to a third country (GDPR Chapter V).
/// </summary>
public sealed record Safeguard
{
    /// <summary>
    /// Gets the kind of safeguard.
    /// </summary>
    public required SafeguardType Type { get; init; }

    /// <summary>
    /// Gets the Art. 49(1) point relied on; only for <see cref="SafeguardType.Derogation"/>.
    /// </summary>
    public Article49Derogation? Derogation { get; init; }

    /// <summary>
    /// Gets the safeguard as the policy words it.
    /// </summary>
    public string? Description { get; init; }

    /// <summary>
    /// Gets the decision or document relied on.
    /// </summary>
    public string? Reference { get; init; }
}
