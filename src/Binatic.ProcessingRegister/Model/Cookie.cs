namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// A cookie the website sets.
/// </summary>
public sealed record Cookie
{
    /// <summary>
    /// Gets the cookie's name.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>
    /// Gets what the cookie is for.
    /// </summary>
    public required string Purpose { get; init; }

    /// <summary>
    /// Gets how long the cookie lives.
    /// </summary>
    public string? Retention { get; init; }
}
