namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// A controller that jointly determines the purposes and means of processing (Art. 26).
/// </summary>
public sealed record JointController
{
    /// <summary>
    /// Gets the joint controller's name and contact details.
    /// </summary>
    public required ContactDetails Contact { get; init; }

    /// <summary>
    /// Gets the essence of the arrangement between the joint controllers (Art. 26(2)).
    /// </summary>
    public string? Arrangement { get; init; }
}
