namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The name and contact details of a person or organisation (Art. 30(1)(a)).
/// </summary>
public sealed record ContactDetails
{
    /// <summary>
    /// Gets the name of the person or organisation.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>
    /// Gets the postal address.
    /// </summary>
    public PostalAddress? Address { get; init; }

    /// <summary>
    /// Gets the e-mail address.
    /// </summary>
    public string? Email { get; init; }

    /// <summary>
    /// Gets the telephone number, as the organisation publishes it.
    /// </summary>
    public string? Phone { get; init; }

    /// <summary>
    /// Gets the website, as the organisation publishes it.
    /// </summary>
    public string? Website { get; init; }
}
