namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// Whether and which cookies the website uses.
/// </summary>
public sealed record CookiePolicy
{
    /// <summary>
    /// Gets a value indicating whether the website sets cookies.
    /// </summary>
    public required bool IsUsed { get; init; }

    /// <summary>
    /// Gets the statement on cookies.
    /// </summary>
    public string? Description { get; init; }

    /// <summary>
    /// Gets the cookies set.
    /// </summary>
    public ValueArray<Cookie> Cookies { get; init; }
}
