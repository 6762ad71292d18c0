namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// A purpose other than the one for which the data was collected (Art. 6(4)), such as the reuse of a municipality's
/// data for statistics. Further processing is lawful only when it is compatible with the original purpose, rests on
/// the data subject's consent, or rests on Union or Member State law that safeguards an Art. 23(1) objective.
/// </summary>
public sealed record FurtherProcessing
{
    /// <summary>
    /// Gets the further purpose.
    /// </summary>
    public required string Purpose { get; init; }

    /// <summary>
    /// Gets the Art. 6(4) compatibility assessment, or where it is recorded: the link between the purposes, the
    /// context of collection, the nature of the data, the possible consequences and the safeguards.
    /// </summary>
    public string? CompatibilityAssessment { get; init; }

    /// <summary>
    /// Gets the Union or Member State law that allows the further processing (Arts. 6(4), 23(1)).
    /// </summary>
    public string? Law { get; init; }

    /// <summary>
    /// Gets a value indicating whether the further processing rests on the data subject's consent (Art. 6(4)).
    /// </summary>
    public bool IsBasedOnConsent { get; init; }
}
