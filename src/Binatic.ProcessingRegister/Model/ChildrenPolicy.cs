namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// How children's personal data is treated (Art. 8).
/// </summary>
public sealed record ChildrenPolicy
{
    /// <summary>
    /// Gets the age below which a parent or guardian must consent (16 in the Netherlands).
    /// </summary>
    public required int AgeOfConsent { get; init; }

    /// <summary>
    /// Gets the rule as the policy words it.
    /// </summary>
    public string? Description { get; init; }
}
