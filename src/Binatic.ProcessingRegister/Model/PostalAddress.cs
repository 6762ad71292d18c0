namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// A postal address.
/// </summary>
public sealed record PostalAddress
{
    /// <summary>
    /// Gets the street and house number.
    /// </summary>
    public required string Street { get; init; }

    /// <summary>
    /// Gets the postal code.
    /// </summary>
    public string? PostalCode { get; init; }

    /// <summary>
    /// Gets the city or town.
    /// </summary>
    public required string City { get; init; }

    /// <summary>
    /// Gets the country as an ISO 3166-1 alpha-2 code, such as <c>NL</c>.
    /// </summary>
    public string? Country { get; init; }
}
