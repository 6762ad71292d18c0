namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// What a register says about itself: its language and the dates that show it is kept up to date (Art. 5(2)).
/// </summary>
public sealed record RegisterInfo
{
    /// <summary>
    /// Gets the language of the register's own text.
    /// </summary>
    public required RegisterLanguage Language { get; init; }

    /// <summary>
    /// Gets the register's title, if it has one.
    /// </summary>
    public string? Title { get; init; }

    /// <summary>
    /// Gets what the register covers, such as the websites and services of the privacy policy.
    /// </summary>
    public string? Scope { get; init; }

    /// <summary>
    /// Gets the version of the privacy policy the register reflects.
    /// </summary>
    public string? PolicyVersion { get; init; }

    /// <summary>
    /// Gets the date the privacy policy was last updated or took effect.
    /// </summary>
    public DateOnly? PolicyDate { get; init; }

    /// <summary>
    /// Gets the date the register was last reviewed.
    /// </summary>
    public DateOnly? LastReviewed { get; init; }

    /// <summary>
    /// Gets the date of the next planned review.
    /// </summary>
    public DateOnly? NextReview { get; init; }

    /// <summary>
    /// Gets a value indicating whether the controller relies on the Art. 30(5) exemption for organisations employing
    /// fewer than 250 persons.
    /// </summary>
    public bool ClaimsSmallOrganisationExemption { get; init; }
}
