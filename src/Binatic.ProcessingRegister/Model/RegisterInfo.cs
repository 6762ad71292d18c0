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

    /// <summary>
    /// Gets which record the register keeps: a controller's (the default), a processor's, or both.
    /// </summary>
    public RegisterRole Role { get; init; }

    /// <summary>
    /// Gets a value indicating whether the register keeps a controller's record of its own processing (Art. 30(1)).
    /// </summary>
    public bool IsControllerRecord => Role != RegisterRole.Processor;

    /// <summary>
    /// Gets a value indicating whether the register keeps a processor's record (Art. 30(2)).
    /// </summary>
    public bool IsProcessorRecord => Role != RegisterRole.Controller;
}
