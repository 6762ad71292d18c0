namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The register-wide retention policy (Arts. 5(1)(e), 30(1)(f)).
/// </summary>
public sealed record RetentionPolicy
{
    /// <summary>
    /// Gets the general principle.
    /// </summary>
    public string? Principle { get; init; }

    /// <summary>
    /// Gets the criteria by which retention periods are set (Art. 13(2)(a)).
    /// </summary>
    public ValueArray<string> Criteria { get; init; }

    /// <summary>
    /// Gets retention rules that apply across activities.
    /// </summary>
    public ValueArray<RetentionRule> Rules { get; init; }

    /// <summary>
    /// Gets when the rules do not apply.
    /// </summary>
    public ValueArray<string> Exceptions { get; init; }
}
