namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// Where a party processes personal data.
/// </summary>
public sealed record Location
{
    /// <summary>
    /// Gets the location in words.
    /// </summary>
    public string? Description { get; init; }

    /// <summary>
    /// Gets a value indicating whether processing stays within the European Economic Area; <see langword="null"/>
    /// when the register does not say.
    /// </summary>
    public bool? IsWithinEea { get; init; }

    /// <summary>
    /// Gets the countries where processing takes place, as ISO 3166-1 alpha-2 codes.
    /// </summary>
    public ValueArray<string> Countries { get; init; }
}
